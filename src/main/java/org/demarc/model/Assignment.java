package org.demarc.model;

import java.util.Objects;

/**
 * The responsibility for one (control, service), always with the reason it was derived: the
 * category default of the service's category, or the service's override and its rationale.
 */
public record Assignment(String controlId, String serviceId, Responsibility responsibility, CellReason reason,
                         Category category, String rationale) {
    public Assignment {
        Objects.requireNonNull(controlId, "controlId");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(responsibility, "responsibility");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(rationale, "rationale");
    }
}
