package org.demarc.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.demarc.io.InvalidFileException;
import org.demarc.model.Catalog;

/** The AWS catalog that ships inside the program, read through the same reader as user catalogs. */
public final class BuiltInCatalog {
    public static final String RESOURCE = "aws.json";

    private BuiltInCatalog() {
    }

    /** The parsed catalog; read once per run (the model is immutable, so sharing it is safe). */
    public static Catalog load() {
        return Parsed.CATALOG;
    }

    /** Initialised on first use only: the command line's catalog-free commands never parse it. */
    private static final class Parsed {
        static final Catalog CATALOG = read();
    }

    private static Catalog read() {
        try (InputStream in = BuiltInCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("built-in catalog missing: " + RESOURCE);
            }
            return new CatalogReader(SourcePolicy.BUILT_IN).read(in.readAllBytes()).value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFileException e) {
            // A broken built-in catalog is a build defect; tests catch it before release.
            throw new IllegalStateException("built-in catalog invalid: " + e.getMessage(), e);
        }
    }
}
