package org.demarc.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.demarc.io.InvalidFileException;
import org.demarc.model.Catalog;

/** The catalogs that ship inside the program, read through the same reader as user catalogs. */
public final class BuiltInCatalog {
    public static final String RESOURCE = "aws.json";
    /** The Google Cloud catalog; the controls are the AWS catalog's, worded for Google Cloud. */
    public static final String GCP_RESOURCE = "gcp.json";

    private BuiltInCatalog() {
    }

    /** The parsed catalog; read once per run (the model is immutable, so sharing it is safe). */
    public static Catalog load() {
        return Parsed.CATALOG;
    }

    /** The parsed Google Cloud catalog, read once per run like the AWS one. */
    public static Catalog loadGcp() {
        return ParsedGcp.CATALOG;
    }

    /** Initialised on first use only: the command line's catalog-free commands never parse it. */
    private static final class Parsed {
        static final Catalog CATALOG = read(RESOURCE, SourcePolicy.BUILT_IN);
    }

    /**
     * The built-in source policy admits AWS pages only, so the Google Cloud catalog is checked as a
     * catalog file (https sources anywhere); its tests hold every source to Google's own sites.
     */
    private static final class ParsedGcp {
        static final Catalog CATALOG = read(GCP_RESOURCE, SourcePolicy.USER_FILE);
    }

    private static Catalog read(String resource, SourcePolicy policy) {
        try (InputStream in = BuiltInCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in catalog missing: " + resource);
            }
            return new CatalogReader(policy).read(in.readAllBytes()).value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFileException e) {
            // A broken built-in catalog is a build defect; tests catch it before release.
            throw new IllegalStateException("built-in catalog invalid: " + e.getMessage(), e);
        }
    }
}
