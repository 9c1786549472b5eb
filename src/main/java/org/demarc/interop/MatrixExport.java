package org.demarc.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.io.JsonOut;
import org.demarc.model.Assignment;
import org.demarc.model.Catalog;
import org.demarc.model.Control;
import org.demarc.model.Messages;
import org.demarc.model.Provider;
import org.demarc.model.Responsibility;
import org.demarc.model.ResponsibilityMatrix;
import org.demarc.model.Service;

/**
 * The responsibility matrix as CSV, JSON (with each cell's reason) or an aligned text table. Over
 * several providers each service's provider is named: a provider row under the CSV header, a
 * provider member of each JSON service, the text legend under a heading per provider. Over one
 * provider the output is what it was before providers could be combined.
 */
public final class MatrixExport {
    public enum Format { CSV, JSON, TEXT }

    private MatrixExport() {
    }

    /** The matrix of a single provider's catalog, or one whose providers need not be named. */
    public static String export(ResponsibilityMatrix m, Format format) {
        return export(m, format, null);
    }

    /** The matrix of an assessment on {@code catalog}, naming each service's provider when it combines several. */
    public static String export(ResponsibilityMatrix m, Format format, Catalog catalog) {
        Function<Service, Provider> providerOf = catalog == null || !catalog.isCombined() ? null
                : s -> catalog.providerOf(s.id());
        return switch (format) {
            case CSV -> csv(m, providerOf);
            case JSON -> json(m, providerOf);
            case TEXT -> text(m, providerOf);
        };
    }

    static String csv(ResponsibilityMatrix m, Function<Service, Provider> providerOf) {
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("control", "title", "domain", "class"));
        m.services().forEach(s -> header.add(column(m, s)));
        sb.append(Csv.line(header));
        if (providerOf != null) {
            List<String> providers = new ArrayList<>(List.of("provider", "", "", ""));
            m.services().forEach(s -> providers.add(providerOf.apply(s).name()));
            sb.append(Csv.line(providers));
        }
        for (Control c : m.controls()) {
            List<String> row = new ArrayList<>(List.of(c.id(), c.title(), c.domainId(), c.controlClass().name()));
            for (Service s : m.services()) {
                row.add(csvCell(m.cell(c.id(), s.id())));
            }
            sb.append(Csv.line(row));
        }
        return sb.toString();
    }

    /** The service id, with the variant's id for a service with variants: "aws.eks (fargate)". */
    private static String column(ResponsibilityMatrix m, Service s) {
        return m.variant(s.id()).map(v -> Messages.get("service.withVariant", s.id(), v.id())).orElse(s.id());
    }

    /** The responsibility's name; a not-applicable cell reads as people read it: "n/a (see Amazon EC2)". */
    private static String csvCell(Assignment a) {
        return a.responsibility() == Responsibility.NOT_APPLICABLE ? a.label() : a.responsibility().name();
    }

    static String json(ResponsibilityMatrix m, Function<Service, Provider> providerOf) {
        ObjectNode root = JsonOut.object();
        ArrayNode services = root.putArray("services");
        for (Service s : m.services()) {
            ObjectNode n = services.addObject();
            n.put("id", s.id());
            n.put("name", s.name());
            if (providerOf != null) {
                ObjectNode pn = n.putObject("provider");
                pn.put("id", providerOf.apply(s).id());
                pn.put("name", providerOf.apply(s).name());
            }
            n.put("category", s.category().name());
            m.variant(s.id()).ifPresent(v -> {
                ObjectNode vn = n.putObject("variant");
                vn.put("id", v.id());
                vn.put("name", v.name());
                vn.put("default", v.isDefault());
            });
        }
        ArrayNode controls = root.putArray("controls");
        for (Control c : m.controls()) {
            ObjectNode n = controls.addObject();
            n.put("id", c.id());
            n.put("title", c.title());
            n.put("domain", c.domainId());
            n.put("class", c.controlClass().name());
            n.put("needsCustomerAnswer", m.needsCustomerAnswer(c.id()));
            ObjectNode cells = n.putObject("cells");
            for (Service s : m.services()) {
                Assignment a = m.cell(c.id(), s.id());
                ObjectNode cell = cells.putObject(s.id());
                cell.put("responsibility", a.responsibility().name());
                cell.put("reason", a.reason().name());
                cell.put("category", a.category().name());
                cell.put("rationale", a.rationale());
                if (a.responsibility() == Responsibility.NOT_APPLICABLE) {
                    if (a.assessedUnder() != null) {
                        cell.put("assessedUnder", a.assessedUnder());
                    }
                    cell.put("label", a.label());
                }
            }
        }
        return JsonOut.write(root);
    }

    /** Fixed-width table: one column per service, P / S / C per cell, a legend underneath. */
    static String text(ResponsibilityMatrix m, Function<Service, Provider> providerOf) {
        int idWidth = Math.max(7, m.controls().stream().mapToInt(c -> c.id().length()).max().orElse(7));
        StringBuilder sb = new StringBuilder();
        sb.append(pad(Messages.get("matrix.text.control"), idWidth));
        for (int i = 0; i < m.services().size(); i++) {
            sb.append(' ').append(String.format(Locale.ROOT, "%3d", i + 1));
        }
        sb.append("  ").append(Messages.get("matrix.text.title")).append('\n');
        for (Control c : m.controls()) {
            sb.append(pad(c.id(), idWidth));
            for (Service s : m.services()) {
                Assignment a = m.cell(c.id(), s.id());
                char mark = a.responsibility().name().charAt(0);
                sb.append("   ").append(mark);
            }
            sb.append("  ").append(c.title()).append('\n');
        }
        sb.append('\n');
        Provider heading = null;
        for (int i = 0; i < m.services().size(); i++) {
            Service s = m.services().get(i);
            if (providerOf != null && !providerOf.apply(s).equals(heading)) {
                heading = providerOf.apply(s);
                sb.append(Messages.get("matrix.text.provider", heading.name())).append('\n');
            }
            sb.append(String.format(Locale.ROOT, "%3d  %s (%s, %s)%n", i + 1, column(m, s), m.serviceLabel(s),
                    s.category().name()));
        }
        sb.append('\n').append(Messages.get("matrix.text.legend")).append('\n');
        return sb.toString().replace("\r\n", "\n");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
