package org.demarc.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Who the assessment is for and about. Dates may be null until known. */
public record Engagement(String title, String client, String workload, List<String> assessors,
                         LocalDate startDate, LocalDate endDate, String scopeStatement) {
    public Engagement {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(workload, "workload");
        assessors = List.copyOf(assessors);
        Objects.requireNonNull(scopeStatement, "scopeStatement");
    }

    public static Engagement empty() {
        return new Engagement("", "", "", List.of(), null, null, "");
    }

    // One wither per component, so a new field means one new wither, not a new constructor call everywhere.

    public Engagement withTitle(String newTitle) {
        return new Engagement(newTitle, client, workload, assessors, startDate, endDate, scopeStatement);
    }

    public Engagement withClient(String newClient) {
        return new Engagement(title, newClient, workload, assessors, startDate, endDate, scopeStatement);
    }

    public Engagement withWorkload(String newWorkload) {
        return new Engagement(title, client, newWorkload, assessors, startDate, endDate, scopeStatement);
    }

    public Engagement withAssessors(List<String> newAssessors) {
        return new Engagement(title, client, workload, newAssessors, startDate, endDate, scopeStatement);
    }

    public Engagement withStartDate(LocalDate newStartDate) {
        return new Engagement(title, client, workload, assessors, newStartDate, endDate, scopeStatement);
    }

    public Engagement withEndDate(LocalDate newEndDate) {
        return new Engagement(title, client, workload, assessors, startDate, newEndDate, scopeStatement);
    }

    public Engagement withScopeStatement(String newScopeStatement) {
        return new Engagement(title, client, workload, assessors, startDate, endDate, newScopeStatement);
    }
}
