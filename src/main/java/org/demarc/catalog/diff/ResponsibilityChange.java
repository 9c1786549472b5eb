package org.demarc.catalog.diff;

import java.util.Objects;

import org.demarc.model.Assignment;

/**
 * One (control, service) cell, present in both catalogs, whose responsibility differs: a new
 * category default, a new or removed override, or a service that moved to another category.
 */
public record ResponsibilityChange(Assignment before, Assignment after) {
    public ResponsibilityChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.controlId().equals(after.controlId()) || !before.serviceId().equals(after.serviceId())) {
            throw new IllegalArgumentException("not the same cell: " + before + " / " + after);
        }
    }

    public String controlId() {
        return after.controlId();
    }

    public String serviceId() {
        return after.serviceId();
    }
}
