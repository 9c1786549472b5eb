package org.demarc.model;

/** Where a cell's responsibility came from. */
public enum CellReason {
    CATEGORY_DEFAULT,
    SERVICE_OVERRIDE,
    /** The override of the deployment variant chosen for the service, which comes before the service's own. */
    VARIANT_OVERRIDE;

    /** True when the cell departs from its category's default (by the service or its variant). */
    public boolean isOverride() {
        return this != CATEGORY_DEFAULT;
    }
}
