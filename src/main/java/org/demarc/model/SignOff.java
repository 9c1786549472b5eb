package org.demarc.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The sign-off of an assessment: who signed, the content fingerprint they signed, when it was locked. */
public record SignOff(List<Signatory> signatories, String fingerprint, Instant lockedAt) {
    public SignOff {
        signatories = List.copyOf(signatories);
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(lockedAt, "lockedAt");
    }
}
