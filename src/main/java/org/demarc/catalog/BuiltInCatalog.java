package org.demarc.catalog;

import org.demarc.model.Catalog;

/** The AWS catalog that ships inside the program: the default of {@link BuiltInCatalogs}. */
public final class BuiltInCatalog {
    public static final String RESOURCE = "aws.json";
    /** The Google Cloud catalog; the controls are the AWS catalog's, worded for Google Cloud. */
    public static final String GCP_RESOURCE = "gcp.json";

    private BuiltInCatalog() {
    }

    /** The parsed catalog; read once per run (the model is immutable, so sharing it is safe). */
    public static Catalog load() {
        return named(BuiltInCatalogs.DEFAULT);
    }

    /** The parsed Google Cloud catalog, read once per run like the AWS one. */
    public static Catalog loadGcp() {
        return named("gcp");
    }

    private static Catalog named(String name) {
        return BuiltInCatalogs.named(name)
                .orElseThrow(() -> new IllegalStateException("built-in catalog missing: " + name + ".json")).load();
    }
}
