package org.demarc.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Who the assessment is for and about, and the client's people who took part in the workshop.
 * Dates may be null until known.
 */
public record Engagement(String title, String client, String workload, List<String> assessors,
                         LocalDate startDate, LocalDate endDate, String scopeStatement, List<Attendee> attendees) {
    public Engagement {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(workload, "workload");
        assessors = List.copyOf(assessors);
        Objects.requireNonNull(scopeStatement, "scopeStatement");
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    /** An engagement with no attendees recorded. */
    public Engagement(String title, String client, String workload, List<String> assessors,
                      LocalDate startDate, LocalDate endDate, String scopeStatement) {
        this(title, client, workload, assessors, startDate, endDate, scopeStatement, List.of());
    }

    public static Engagement empty() {
        return new Engagement("", "", "", List.of(), null, null, "", List.of());
    }

    // One wither per component, so a new field means one new wither, not a new constructor call everywhere.

    public Engagement withTitle(String newTitle) {
        return new Engagement(newTitle, client, workload, assessors, startDate, endDate, scopeStatement, attendees);
    }

    public Engagement withClient(String newClient) {
        return new Engagement(title, newClient, workload, assessors, startDate, endDate, scopeStatement, attendees);
    }

    public Engagement withWorkload(String newWorkload) {
        return new Engagement(title, client, newWorkload, assessors, startDate, endDate, scopeStatement, attendees);
    }

    public Engagement withAssessors(List<String> newAssessors) {
        return new Engagement(title, client, workload, newAssessors, startDate, endDate, scopeStatement, attendees);
    }

    public Engagement withStartDate(LocalDate newStartDate) {
        return new Engagement(title, client, workload, assessors, newStartDate, endDate, scopeStatement, attendees);
    }

    public Engagement withEndDate(LocalDate newEndDate) {
        return new Engagement(title, client, workload, assessors, startDate, newEndDate, scopeStatement, attendees);
    }

    public Engagement withScopeStatement(String newScopeStatement) {
        return new Engagement(title, client, workload, assessors, startDate, endDate, newScopeStatement, attendees);
    }

    public Engagement withAttendees(List<Attendee> newAttendees) {
        return new Engagement(title, client, workload, assessors, startDate, endDate, scopeStatement, newAttendees);
    }

    /** The attendee of that name, if there is one. */
    public java.util.Optional<Attendee> attendee(String name) {
        return attendees.stream().filter(x -> x.name().equals(name)).findFirst();
    }
}
