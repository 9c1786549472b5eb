package org.demarc.catalog;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.demarc.io.FieldReader;
import org.demarc.io.InvalidFileException;
import org.demarc.io.Loaded;
import org.demarc.io.ProblemList;
import org.demarc.io.SafeJson;
import org.demarc.io.SafeFiles;
import org.demarc.model.Catalog;

/**
 * Loads catalog documents: the built-in one, a user's file, or the snapshot embedded in a project,
 * all through the same code and the same validation.
 */
public final class CatalogReader {
    private final CatalogValidator validator;

    /** A reader for catalog snapshots embedded in projects: sources optional. */
    public CatalogReader() {
        this(SourcePolicy.EMBEDDED);
    }

    /** A reader whose validation treats sources as {@code policy} says. */
    public CatalogReader(SourcePolicy policy) {
        this(new CatalogValidator(FrameworkReference.builtIn(), policy));
    }

    public CatalogReader(CatalogValidator validator) {
        this.validator = validator;
    }

    public Loaded<Catalog> read(Path file) throws IOException, InvalidFileException {
        return read(SafeFiles.readBounded(file));
    }

    public Loaded<Catalog> read(byte[] bytes) throws InvalidFileException {
        JsonNode root = SafeJson.parse(bytes);
        ProblemList problems = new ProblemList();
        Catalog catalog = read(root, "", problems);
        if (problems.hasErrors()) {
            throw new InvalidFileException(problems.all());
        }
        return new Loaded<>(catalog, problems.warnings());
    }

    /**
     * Reads a catalog document found at {@code pointer} (the root, or inside a project). Problems
     * go to the list; the result is only usable when no error was added.
     */
    public Catalog read(JsonNode node, String pointer, ProblemList problems) {
        if (!node.isObject()) {
            problems.error(pointer, "json.expectedObject", node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            return null;
        }
        FieldReader r = FieldReader.nested(node, pointer, problems);
        if (!checkHeader(r, problems)) {
            return null;
        }
        Catalog catalog = CatalogJson.read(r);
        if (!problems.hasErrors()) {
            validator.validate(catalog, pointer, problems);
        }
        return catalog;
    }

    private static boolean checkHeader(FieldReader r, ProblemList problems) {
        String format = r.text("format");
        if (!CatalogFormat.FORMAT.equals(format)) {
            problems.error(r.at("format"), "file.wrongFormat", format, CatalogFormat.FORMAT);
            return false;
        }
        long version = r.integer("schemaVersion", 1, Integer.MAX_VALUE, -1);
        if (version < 0) {
            return false;
        }
        if (version > CatalogFormat.SCHEMA_VERSION) {
            problems.error(r.at("schemaVersion"), "file.newerVersion", version, CatalogFormat.SCHEMA_VERSION);
            return false;
        }
        return true;
    }
}
