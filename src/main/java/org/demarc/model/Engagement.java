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
}
