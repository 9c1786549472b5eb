package org.demarc.model;

import java.util.Objects;

/**
 * A service's departure from its category's default responsibility for one control, why, and the
 * provider's page that says so ({@code null} when the catalog names none; older catalogs did not).
 * A {@link Responsibility#NOT_APPLICABLE} override may name the service under which the control
 * is assessed instead ({@code assessedUnder}, a service id of the same catalog, or {@code null}).
 */
public record ServiceOverride(String controlId, Responsibility responsibility, String rationale, Source source,
                              String assessedUnder) {
    public ServiceOverride {
        Objects.requireNonNull(controlId, "controlId");
        Objects.requireNonNull(responsibility, "responsibility");
        Objects.requireNonNull(rationale, "rationale");
    }

    public ServiceOverride(String controlId, Responsibility responsibility, String rationale, Source source) {
        this(controlId, responsibility, rationale, source, null);
    }

    public ServiceOverride(String controlId, Responsibility responsibility, String rationale) {
        this(controlId, responsibility, rationale, null, null);
    }
}
