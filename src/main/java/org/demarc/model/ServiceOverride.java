package org.demarc.model;

import java.util.Objects;

/** A service's departure from its category's default responsibility for one control, and why. */
public record ServiceOverride(String controlId, Responsibility responsibility, String rationale) {
    public ServiceOverride {
        Objects.requireNonNull(controlId, "controlId");
        Objects.requireNonNull(responsibility, "responsibility");
        Objects.requireNonNull(rationale, "rationale");
    }
}
