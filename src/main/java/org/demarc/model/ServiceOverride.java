package org.demarc.model;

import java.util.Objects;

/**
 * A service's departure from its category's default responsibility for one control, why, and the
 * provider's page that says so ({@code null} when the catalog names none; older catalogs did not).
 */
public record ServiceOverride(String controlId, Responsibility responsibility, String rationale, Source source) {
    public ServiceOverride {
        Objects.requireNonNull(controlId, "controlId");
        Objects.requireNonNull(responsibility, "responsibility");
        Objects.requireNonNull(rationale, "rationale");
    }

    public ServiceOverride(String controlId, Responsibility responsibility, String rationale) {
        this(controlId, responsibility, rationale, null);
    }
}
