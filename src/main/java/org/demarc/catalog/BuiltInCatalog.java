package org.demarc.catalog;

import org.demarc.model.Catalog;

/** Shorthands for the catalogs that ship inside the program; {@link BuiltInCatalogs} is the registry. */
public final class BuiltInCatalog {
    public static final String RESOURCE = "aws.json";
    /** The Google Cloud catalog; the controls are the AWS catalog's, worded for Google Cloud. */
    public static final String GCP_RESOURCE = "gcp.json";
    /** The name of the Azure catalog; its resource is {@code azure.json}. */
    public static final String AZURE = "azure";

    private BuiltInCatalog() {
    }

    /** The parsed AWS catalog; read once per run (the model is immutable, so sharing it is safe). */
    public static Catalog load() {
        return load(BuiltInCatalogs.DEFAULT);
    }

    /** The parsed Google Cloud catalog, read once per run like the AWS one. */
    public static Catalog loadGcp() {
        return load("gcp");
    }

    /** The built-in catalog of that name; one this build does not ship is a programming error. */
    public static Catalog load(String name) {
        return BuiltInCatalogs.named(name)
                .orElseThrow(() -> new IllegalStateException("built-in catalog missing: " + name + ".json")).load();
    }
}
