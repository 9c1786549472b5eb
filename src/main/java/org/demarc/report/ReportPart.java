package org.demarc.report;

import java.util.List;
import java.util.Objects;

import org.demarc.model.Catalog;
import org.demarc.model.Domain;
import org.demarc.model.Messages;

/**
 * Which part of the report to make: all of it, the executive summary only, or the matrix, findings
 * and action plan of some domains. A part other than the whole says so on its cover and in every
 * page header, so an excerpt is never taken for the complete report.
 *
 * @param kind      full, summary or domains
 * @param domainIds the catalog's ids of the domains, in catalog order; empty unless {@code kind} is DOMAINS
 */
public record ReportPart(Kind kind, List<String> domainIds) {
    public enum Kind { FULL, SUMMARY, DOMAINS }

    private static final ReportPart FULL = new ReportPart(Kind.FULL, List.of());
    private static final ReportPart SUMMARY = new ReportPart(Kind.SUMMARY, List.of());

    public ReportPart {
        Objects.requireNonNull(kind, "kind");
        domainIds = List.copyOf(domainIds);
        if ((kind == Kind.DOMAINS) == domainIds.isEmpty()) {
            throw new IllegalArgumentException("domains go with DOMAINS only, and DOMAINS needs at least one");
        }
    }

    public static ReportPart full() {
        return FULL;
    }

    public static ReportPart summary() {
        return SUMMARY;
    }

    /** The sections about these domains (ids as {@link DomainChoice#resolve} gives them). */
    public static ReportPart domains(List<String> domainIds) {
        return new ReportPart(Kind.DOMAINS, domainIds);
    }

    public boolean isExcerpt() {
        return kind != Kind.FULL;
    }

    /** What the excerpt contains, in words, for its cover and page headers; empty for the whole report. */
    public String name(Catalog catalog) {
        return switch (kind) {
            case FULL -> "";
            case SUMMARY -> Messages.get("report.excerpt.summary");
            case DOMAINS -> Messages.get("report.excerpt.domains", String.join(", ", domainIds.stream()
                    .map(id -> catalog.domain(id).map(Domain::name).orElse(id)).toList()));
        };
    }

    /** Whether the sections about a domain's controls show that domain. */
    public boolean includes(String domainId) {
        return kind != Kind.DOMAINS || domainIds.contains(domainId);
    }
}
