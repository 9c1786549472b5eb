package org.demarc.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an inherited control relies on: a provider attestation such as a SOC 2 Type II report.
 * Dates may be null when unknown.
 */
public record ProviderEvidence(String name, String issuer, LocalDate periodFrom, LocalDate periodTo,
                               LocalDate obtainedOn, String source, String note) {
    public ProviderEvidence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
    }
}
