package org.demarc.model;

import java.util.Objects;

/**
 * The responsibility for one (control, service), always with the reason it was derived: the
 * category default of the service's category, or the service's override and its rationale. A
 * not-applicable cell may carry the name of the service it is assessed under ({@code null} if none).
 * {@code variant} names the deployment variant the service is assessed in ({@code null} for a service
 * without variants), whether or not that variant's override decided the cell.
 */
public record Assignment(String controlId, String serviceId, Responsibility responsibility, CellReason reason,
                         Category category, String rationale, String assessedUnder, String variant) {
    public Assignment {
        Objects.requireNonNull(controlId, "controlId");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(responsibility, "responsibility");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(rationale, "rationale");
    }

    public Assignment(String controlId, String serviceId, Responsibility responsibility, CellReason reason,
                      Category category, String rationale) {
        this(controlId, serviceId, responsibility, reason, category, rationale, null, null);
    }

    public Assignment(String controlId, String serviceId, Responsibility responsibility, CellReason reason,
                      Category category, String rationale, String assessedUnder) {
        this(controlId, serviceId, responsibility, reason, category, rationale, assessedUnder, null);
    }

    /** How the cell reads to a person: the responsibility, or "n/a (see Amazon EC2)". */
    public String label() {
        if (responsibility == Responsibility.NOT_APPLICABLE && assessedUnder != null) {
            return Messages.get("cell.notApplicable.see", assessedUnder);
        }
        return Messages.get("responsibility." + responsibility.name());
    }
}
