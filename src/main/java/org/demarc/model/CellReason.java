package org.demarc.model;

/** Where a cell's responsibility came from. */
public enum CellReason {
    CATEGORY_DEFAULT,
    SERVICE_OVERRIDE
}
