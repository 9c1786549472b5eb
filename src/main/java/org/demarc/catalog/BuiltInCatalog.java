package org.demarc.catalog;

import org.demarc.model.Catalog;

/** The AWS catalog that ships inside the program: the default of {@link BuiltInCatalogs}. */
public final class BuiltInCatalog {
    public static final String RESOURCE = "aws.json";

    private BuiltInCatalog() {
    }

    /** The parsed catalog; read once per run (the model is immutable, so sharing it is safe). */
    public static Catalog load() {
        return BuiltInCatalogs.named(BuiltInCatalogs.DEFAULT)
                .orElseThrow(() -> new IllegalStateException("built-in catalog missing: " + RESOURCE)).load();
    }
}
