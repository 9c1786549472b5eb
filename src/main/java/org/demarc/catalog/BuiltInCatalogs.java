package org.demarc.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.demarc.io.InvalidFileException;
import org.demarc.model.Catalog;
import org.demarc.model.Messages;

/**
 * The catalogs that ship inside the program, by provider name ({@code aws}, {@code azure},
 * {@code gcp}). Only those whose resource is in this build are offered, so a provider's catalog
 * can be added by dropping its file in; each is parsed on first use only, through the same
 * reader as user catalogs.
 */
public final class BuiltInCatalogs {
    /** The catalog a new assessment starts with when none is chosen. */
    public static final String DEFAULT = "aws";

    /** Every provider Demarc knows, in the order they are offered; not all may ship in this build. */
    private static final List<Entry> KNOWN = List.of(
            new Entry("aws", "catalog.builtIn.aws"),
            new Entry("azure", "catalog.builtIn.azure"),
            new Entry("gcp", "catalog.builtIn.gcp"));

    private static final Map<String, Catalog> PARSED = new ConcurrentHashMap<>();

    /** One built-in catalog: its name as typed on the command line and the key of the name people read. */
    public record Entry(String name, String displayNameKey) {
        /** The resource beside this class, {@code NAME.json}. */
        public String resource() {
            return name + ".json";
        }

        /** The provider as a person reads it ("Amazon Web Services"). */
        public String displayName() {
            return Messages.get(displayNameKey);
        }

        /** The parsed catalog; read once per run (the model is immutable, so sharing it is safe). */
        public Catalog load() {
            return PARSED.computeIfAbsent(name, n -> read(resource()));
        }

        boolean ships() {
            return BuiltInCatalogs.class.getResource(resource()) != null;
        }
    }

    private BuiltInCatalogs() {
    }

    /** The built-in catalogs of this build, in the order they are offered. */
    public static List<Entry> available() {
        return KNOWN.stream().filter(Entry::ships).toList();
    }

    /** The built-in catalog of that name (case ignored), if this build ships it. */
    public static Optional<Entry> named(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return available().stream().filter(e -> e.name().equals(n)).findFirst();
    }

    /** True for a provider name Demarc knows, whether or not this build ships its catalog. */
    public static boolean isKnownName(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return KNOWN.stream().anyMatch(e -> e.name().equals(n));
    }

    /** The names of the built-in catalogs of this build, comma-separated, for messages. */
    public static String names() {
        return String.join(", ", available().stream().map(Entry::name).toList());
    }

    /** The built-in catalog this one claims to be (same id), if this build ships one of that name. */
    public static Optional<Catalog> withIdOf(Catalog catalog) {
        return named(catalog.id()).map(Entry::load);
    }

    private static Catalog read(String resource) {
        try (InputStream in = BuiltInCatalogs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in catalog missing: " + resource);
            }
            return new CatalogReader(SourcePolicy.BUILT_IN).read(in.readAllBytes()).value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFileException e) {
            // A broken built-in catalog is a build defect; tests catch it before release.
            throw new IllegalStateException("built-in catalog invalid: " + resource + ": " + e.getMessage(), e);
        }
    }
}
