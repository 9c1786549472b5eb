package org.demarc.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.demarc.io.InvalidFileException;
import org.demarc.model.Catalog;

/**
 * The catalogs that ship inside the program (AWS, the default, and Azure), read through the same
 * reader as user catalogs.
 */
public final class BuiltInCatalog {
    public static final String RESOURCE = "aws.json";
    /** The id of the Azure catalog; its resource is {@code azure.json}. */
    public static final String AZURE = "azure";

    private static final Map<String, Catalog> NAMED = new ConcurrentHashMap<>();

    private BuiltInCatalog() {
    }

    /** The parsed AWS catalog; read once per run (the model is immutable, so sharing it is safe). */
    public static Catalog load() {
        return Parsed.CATALOG;
    }

    /**
     * The built-in catalog named {@code name} (the resource {@code name.json} beside aws.json),
     * read once per run; an unknown name is a programming error.
     */
    public static Catalog load(String name) {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("not a built-in catalog name: " + name);
        }
        return "aws".equals(name) ? load() : NAMED.computeIfAbsent(name, n -> read(n + ".json"));
    }

    /** Initialised on first use only: the command line's catalog-free commands never parse it. */
    private static final class Parsed {
        static final Catalog CATALOG = read(RESOURCE);
    }

    private static Catalog read(String resource) {
        try (InputStream in = BuiltInCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in catalog missing: " + resource);
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
