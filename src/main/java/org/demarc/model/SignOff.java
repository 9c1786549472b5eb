package org.demarc.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The sign-off of an assessment: who signed, the content fingerprint they signed, when it was
 * locked, and the digital signature over that content (base64 of a detached CMS SignedData with
 * the signer's certificate chain; null when the sign-off carries none).
 */
public record SignOff(List<Signatory> signatories, String fingerprint, Instant lockedAt, String signature) {
    public SignOff {
        signatories = List.copyOf(signatories);
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(lockedAt, "lockedAt");
    }

    /** A sign-off without a digital signature. */
    public SignOff(List<Signatory> signatories, String fingerprint, Instant lockedAt) {
        this(signatories, fingerprint, lockedAt, null);
    }

    public boolean isDigitallySigned() {
        return signature != null;
    }

    public SignOff withSignature(String newSignature) {
        return new SignOff(signatories, fingerprint, lockedAt, newSignature);
    }
}
