package org.demarc.assessment.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.demarc.catalog.diff.ResponsibilityChange;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Catalog;
import org.demarc.model.CellReason;
import org.demarc.model.Assignment;
import org.demarc.model.Messages;
import org.demarc.model.Service;
import org.demarc.model.ServiceOverride;

/** An {@link AssessmentDiff} in words: a heading and summary, then sections of one line per item. */
public final class DiffText {
    private DiffText() {
    }

    /** A titled list; only non-empty sections are produced. */
    public record Section(String heading, List<String> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    public static String heading(AssessmentDiff d) {
        return Messages.get("compare.heading", d.previous().title(), d.previous().catalogVersion(),
                d.current().title(), d.current().catalogVersion());
    }

    public static String coverage(AssessmentDiff d) {
        return Messages.get("compare.coverage", Math.round(d.coverageBefore() * 100), Math.round(d.coverageAfter() * 100));
    }

    public static String unchanged(AssessmentDiff d) {
        return Messages.get("compare.unchanged", d.unchanged());
    }

    public static List<Section> sections(AssessmentDiff d) {
        List<Section> out = new ArrayList<>();
        add(out, "compare.servicesAdded", d.servicesAdded(), DiffText::item);
        add(out, "compare.servicesRemoved", d.servicesRemoved(), DiffText::item);
        add(out, "cli.catalog.diff.responsibilityChanges", d.responsibilityChanges(), DiffText::responsibilityChange);
        joined(out, "compare.controlsAdded", d.controlsAdded());
        joined(out, "compare.controlsRemoved", d.controlsRemoved());
        add(out, "compare.improved", d.improved(), DiffText::answer);
        add(out, "compare.worsened", d.worsened(), DiffText::answer);
        add(out, "compare.newGaps", d.newGaps(), DiffText::answer);
        add(out, "compare.closedGaps", d.closedGaps(), DiffText::answer);
        add(out, "compare.noLongerAssessed", d.gapsNoLongerAssessed(), DiffText::answer);
        add(out, "compare.other", d.otherChanges(), DiffText::answer);
        return out;
    }

    private static <T> void add(List<Section> out, String headingKey, List<T> items, Function<T, String> line) {
        if (!items.isEmpty()) {
            out.add(new Section(Messages.get(headingKey, items.size()), items.stream().map(line).toList()));
        }
    }

    /** Many short ids on one line. */
    private static void joined(List<Section> out, String headingKey, List<String> ids) {
        if (!ids.isEmpty()) {
            out.add(new Section(Messages.get(headingKey, ids.size()), List.of(item(String.join(", ", ids)))));
        }
    }

    private static String item(String id) {
        return Messages.get("compare.item", id);
    }

    private static String answer(AssessmentDiff.AnswerChange c) {
        return Messages.get("compare.answer", c.controlId(), c.title(), status(c.before()), status(c.after()));
    }

    private static String status(AnswerStatus s) {
        return s == null ? Messages.get("compare.noAnswer") : Messages.get("status." + s.name());
    }

    /** "PAT-02 on aws.rds: Provider (category default) -> Shared (service override)", and why. */
    public static String responsibilityChange(ResponsibilityChange c) {
        return responsibilityChange(c, c.serviceId());
    }

    private static String responsibilityChange(ResponsibilityChange c, String serviceLabel) {
        String line = Messages.get("cli.catalog.diff.responsibilityChange", c.controlId(), serviceLabel,
                responsibility(c.before()), reason(c.before()), responsibility(c.after()), reason(c.after()));
        if (c.after().reason().isOverride()) {
            line += System.lineSeparator() + Messages.get("cli.catalog.diff.rationale", c.after().rationale());
        }
        return line;
    }

    /**
     * The change and its reason as {@link #responsibilityChange(ResponsibilityChange)} gives it, then
     * the page the new override (the service's or its variant's) rests on, or, where an override was
     * removed, what it used to say. A cell of a variant other than the default names the variant.
     */
    public static String responsibilityChange(ResponsibilityChange c, Catalog from, Catalog to) {
        StringBuilder sb = new StringBuilder(responsibilityChange(c, serviceLabel(c, to)));
        Optional<ServiceOverride> now = overrideOf(to, c.after());
        if (c.after().reason().isOverride()) {
            sb.append(System.lineSeparator()).append(now.map(ServiceOverride::source)
                    .map(s -> Messages.get("cli.catalog.diff.source", s.title(), s.url(), s.checked().toString()))
                    .orElseGet(() -> Messages.get("cli.catalog.diff.noSource")));
        } else if (c.before().reason().isOverride()) {
            String said = overrideOf(from, c.before()).map(ServiceOverride::rationale).orElse(c.before().rationale());
            sb.append(System.lineSeparator()).append(c.before().reason() == CellReason.VARIANT_OVERRIDE
                    ? Messages.get("cli.catalog.diff.variantOverrideRemoved", c.before().variant(), said)
                    : Messages.get("cli.catalog.diff.overrideRemoved", said));
        }
        return sb.toString();
    }

    /** The service id, with the variant's name when the cell is of a variant other than the default. */
    private static String serviceLabel(ResponsibilityChange c, Catalog to) {
        String variant = c.after().variant();
        boolean isDefault = to.service(c.serviceId()).flatMap(s -> s.defaultVariant())
                .map(v -> v.name().equals(variant)).orElse(true);
        return variant == null || isDefault ? c.serviceId()
                : Messages.get("cli.catalog.diff.serviceVariant", c.serviceId(), variant);
    }

    /** The override that decided the cell: its variant's (found by the name the cell carries) or its service's. */
    private static Optional<ServiceOverride> overrideOf(Catalog catalog, Assignment cell) {
        Optional<Service> service = catalog.service(cell.serviceId());
        if (cell.reason() == CellReason.VARIANT_OVERRIDE) {
            return service.flatMap(s -> s.variants().stream().filter(v -> v.name().equals(cell.variant())).findFirst())
                    .flatMap(v -> v.overrideFor(cell.controlId()));
        }
        return service.flatMap(s -> s.overrideFor(cell.controlId()));
    }

    private static String responsibility(Assignment a) {
        return a.label();
    }

    private static String reason(Assignment a) {
        return switch (a.reason()) {
            case CATEGORY_DEFAULT -> Messages.get("cli.catalog.diff.byDefault");
            case SERVICE_OVERRIDE -> Messages.get("cli.catalog.diff.byOverride");
            case VARIANT_OVERRIDE -> Messages.get("cli.catalog.diff.byVariantOverride", a.variant());
        };
    }
}
