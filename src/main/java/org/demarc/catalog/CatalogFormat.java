package org.demarc.catalog;

/** The header every catalog file starts with. */
public final class CatalogFormat {
    public static final String FORMAT = "demarc-catalog";
    public static final int SCHEMA_VERSION = 1;

    private CatalogFormat() {
    }
}
