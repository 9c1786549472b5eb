package org.demarc.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.catalog.CatalogJson;
import org.demarc.catalog.compare.ProviderComparison;
import org.demarc.catalog.compare.ProviderComparison.Column;
import org.demarc.io.JsonOut;
import org.demarc.model.Assignment;
import org.demarc.model.Control;
import org.demarc.model.Messages;
import org.demarc.model.Responsibility;
import org.demarc.model.Source;

/**
 * A provider comparison as an aligned text table, CSV (responsibility, reason and source page per
 * provider's service) or JSON (the same, with rationales and the pages that pair the services).
 */
public final class ComparisonExport {
    public enum Format { CSV, JSON, TEXT }

    private ComparisonExport() {
    }

    public static String export(ProviderComparison comparison, Format format) {
        return switch (format) {
            case CSV -> csv(comparison);
            case JSON -> json(comparison);
            case TEXT -> text(comparison);
        };
    }

    static String csv(ProviderComparison p) {
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("control", "title"));
        for (Column c : p.columns()) {
            header.add(c.id());
            header.add(Messages.get("compare.csv.reason", c.id()));
            header.add(Messages.get("compare.csv.source", c.id()));
        }
        sb.append(Csv.line(header));
        for (Control control : p.controls()) {
            List<String> row = new ArrayList<>(List.of(control.id(), control.title()));
            for (Column c : p.columns()) {
                Assignment a = c.cell(control).orElse(null);
                row.add(a == null ? "" : a.responsibility() == Responsibility.NOT_APPLICABLE ? a.label()
                        : a.responsibility().name());
                row.add(a == null ? "" : a.reason().name());
                row.add(c.source(control).map(Source::url).orElse(""));
            }
            sb.append(Csv.line(row));
        }
        return sb.toString();
    }

    static String json(ProviderComparison p) {
        ObjectNode root = JsonOut.object();
        root.put("service", p.columns().get(0).equivalent().service().id());
        ArrayNode columns = root.putArray("columns");
        for (Column c : p.columns()) {
            ObjectNode n = columns.addObject();
            n.put("id", c.equivalent().service().id());
            n.put("name", c.equivalent().service().name());
            n.put("provider", c.equivalent().catalog().provider().id());
            n.put("category", c.equivalent().service().category().name());
            if (c.variant() != null) {
                ObjectNode v = n.putObject("variant");
                v.put("id", c.variant().id());
                v.put("name", c.variant().name());
                v.put("default", c.variant().isDefault());
            }
            ArrayNode paired = n.putArray("pairedBy");
            c.equivalent().pairedBy().forEach(s -> CatalogJson.writeSourceFields(paired.addObject(), s));
        }
        ArrayNode controls = root.putArray("controls");
        for (Control control : p.controls()) {
            ObjectNode n = controls.addObject();
            n.put("id", control.id());
            n.put("title", control.title());
            ArrayNode cells = n.putArray("cells");
            for (Column c : p.columns()) {
                ObjectNode cell = cells.addObject();
                cell.put("column", c.id());
                c.cell(control).ifPresent(a -> {
                    cell.put("responsibility", a.responsibility().name());
                    cell.put("reason", a.reason().name());
                    cell.put("rationale", a.rationale());
                    if (a.assessedUnder() != null) {
                        cell.put("assessedUnder", a.assessedUnder());
                    }
                });
                c.source(control).ifPresent(s -> CatalogJson.writeSourceFields(cell.putObject("source"), s));
            }
        }
        return JsonOut.write(root);
    }

    /** Columns numbered and described underneath, one letter per cell ({@code *} for an override), then the overrides' reasons. */
    static String text(ProviderComparison p) {
        int idWidth = Math.max(7, p.controls().stream().mapToInt(c -> c.id().length()).max().orElse(7));
        StringBuilder sb = new StringBuilder();
        sb.append(Messages.get("compare.text.heading", p.columns().get(0).label())).append("\n\n");
        sb.append(pad(Messages.get("matrix.text.control"), idWidth));
        for (int i = 0; i < p.columns().size(); i++) {
            sb.append(' ').append(String.format(Locale.ROOT, "%3d", i + 1)).append(' ');
        }
        sb.append("  ").append(Messages.get("matrix.text.title")).append('\n');
        for (Control control : p.controls()) {
            sb.append(pad(control.id(), idWidth));
            for (Column c : p.columns()) {
                sb.append("   ").append(c.cell(control).map(ComparisonExport::mark).orElse("- "));
            }
            sb.append("  ").append(control.title()).append('\n');
        }
        sb.append('\n');
        for (int i = 0; i < p.columns().size(); i++) {
            Column c = p.columns().get(i);
            sb.append(String.format(Locale.ROOT, "%3d  %s, %s (%s, %s)%n", i + 1, c.label(), c.id(),
                    c.equivalent().providerName(), c.equivalent().service().category().name()));
            for (Source s : c.equivalent().pairedBy()) {
                sb.append("     ").append(Messages.get("compare.text.pairedBy", s.title(), s.url())).append('\n');
            }
        }
        sb.append('\n').append(Messages.get("matrix.text.legend")).append("; ")
                .append(Messages.get("compare.text.overrideMark")).append('\n');
        overrides(p, sb);
        return sb.toString().replace("\r\n", "\n");
    }

    /** Every overridden cell with its rationale and page, column by column. */
    private static void overrides(ProviderComparison p, StringBuilder sb) {
        boolean first = true;
        for (int i = 0; i < p.columns().size(); i++) {
            Column c = p.columns().get(i);
            for (Control control : p.controls()) {
                Assignment a = c.cell(control).filter(x -> x.reason().isOverride()).orElse(null);
                if (a == null) {
                    continue;
                }
                if (first) {
                    sb.append('\n').append(Messages.get("compare.text.overrides")).append('\n');
                    first = false;
                }
                sb.append(String.format(Locale.ROOT, "%3d  %s %s: %s%n", i + 1, control.id(),
                        a.responsibility().name(), a.rationale()));
                c.source(control).ifPresent(s -> sb.append("     ")
                        .append(Messages.get("compare.text.source", s.title(), s.url())).append('\n'));
            }
        }
    }

    private static String mark(Assignment a) {
        return a.responsibility().name().charAt(0) + (a.reason().isOverride() ? "*" : " ");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
