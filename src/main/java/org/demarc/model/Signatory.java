package org.demarc.model;

import java.time.LocalDate;
import java.util.Objects;

/** A person who signs the assessment off. */
public record Signatory(String name, String role, String organisation, LocalDate date, String statement) {
    public Signatory {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(statement, "statement");
    }
}
