package org.demarc.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;

import org.demarc.catalog.BuiltInComparison;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.catalog.CatalogReader;
import org.demarc.catalog.EmbeddedCatalogs;
import org.demarc.io.FieldReader;
import org.demarc.io.InvalidFileException;
import org.demarc.io.Loaded;
import org.demarc.io.ProblemList;
import org.demarc.io.SafeFiles;
import org.demarc.io.SafeJson;
import org.demarc.model.Answer;
import org.demarc.model.Assessment;
import org.demarc.model.Catalog;
import org.demarc.assessment.ContentFingerprint;

/**
 * Loads project files without trusting them: bounded size and depth, a known format and version,
 * every reference checked against the embedded catalog. Reading never writes to the file.
 */
public final class ProjectReader {
    private final CatalogReader catalogReader;
    private final SchemaMigrations migrations;

    public ProjectReader() {
        this(new CatalogReader(), SchemaMigrations.standard());
    }

    public ProjectReader(CatalogReader catalogReader, SchemaMigrations migrations) {
        this.catalogReader = catalogReader;
        this.migrations = migrations;
    }

    public Loaded<Assessment> read(Path file) throws IOException, InvalidFileException {
        return read(SafeFiles.readBounded(file));
    }

    public Loaded<Assessment> read(byte[] bytes) throws InvalidFileException {
        return read(bytes, null);
    }

    /**
     * Enough of the file for a summary (a portfolio of many files): header, migration, catalog and
     * content are read as always, but references are not checked against the catalog and the catalog
     * is not compared with the built-in one, so no warnings are returned. Never use it to edit or save.
     * {@code catalogs} keeps the catalogs read so far by their JSON: most files of a portfolio embed
     * the same catalog, and comparing its JSON costs less than reading and validating it again.
     */
    public Assessment readForSummary(byte[] bytes, ConcurrentMap<JsonNode, Catalog> catalogs)
            throws InvalidFileException {
        return read(bytes, catalogs).value();
    }

    /** The whole check when {@code summaryCatalogs} is null; otherwise see {@link #readForSummary}. */
    private Loaded<Assessment> read(byte[] bytes, ConcurrentMap<JsonNode, Catalog> summaryCatalogs)
            throws InvalidFileException {
        boolean full = summaryCatalogs == null;
        JsonNode root = SafeJson.parse(bytes);
        ProblemList problems = new ProblemList();
        FieldReader r = FieldReader.root(root, problems);
        if (r == null) {
            throw new InvalidFileException(problems.all());
        }
        int version = checkHeader(r, problems);
        if (problems.hasErrors()) {
            throw new InvalidFileException(problems.all());
        }
        // A summary never looks at the file as written again, so it migrates in place.
        ObjectNode document = full ? ((ObjectNode) root).deepCopy() : (ObjectNode) root;
        migrations.upgrade(document, version);
        r = FieldReader.root(document, problems);
        JsonNode catalogNode = document.get("catalog");
        Catalog catalog;
        if (full || catalogNode == null || catalogNode.isNull()) {
            catalog = EmbeddedCatalogs.read(catalogReader, document, problems);
        } else {
            // A summary of many files reads a catalog that many of them embed only once.
            catalog = summaryCatalogs.get(catalogNode);
            if (catalog == null) {
                ProblemList catalogProblems = new ProblemList();
                catalog = EmbeddedCatalogs.read(catalogReader, document, catalogProblems);
                catalogProblems.all().forEach(problems::add);
                if (!catalogProblems.hasErrors()) {
                    summaryCatalogs.putIfAbsent(catalogNode, catalog);
                }
            }
        }
        if (problems.hasErrors()) {
            throw new InvalidFileException(problems.all());
        }
        Assessment assessment = AssessmentJson.read(r, catalog);
        if (!full) {
            if (problems.hasErrors()) {
                throw new InvalidFileException(problems.all());
            }
            return new Loaded<>(assessment, java.util.List.of());
        }
        checkReferences(assessment, document, problems);
        for (int i = 0; !problems.hasErrors() && i < catalog.parts().size(); i++) {
            BuiltInComparison builtIn = BuiltInComparison.of(catalog.parts().get(i));
            if (builtIn != null) {
                builtIn.warnings(EmbeddedCatalogs.pointer(catalog, i)).forEach(problems::add);
            }
        }
        if (problems.hasErrors()) {
            throw new InvalidFileException(problems.all());
        }
        return new Loaded<>(assessment, problems.warnings());
    }

    private int checkHeader(FieldReader r, ProblemList problems) {
        String format = r.text("format");
        if (!ProjectFormat.FORMAT.equals(format)) {
            problems.error(r.at("format"), "file.wrongFormat", format, ProjectFormat.FORMAT);
            return -1;
        }
        long version = r.integer("schemaVersion", 1, Integer.MAX_VALUE, -1);
        if (version > migrations.current()) {
            problems.error(r.at("schemaVersion"), "file.newerVersion", version, migrations.current());
        }
        return (int) version;
    }

    /**
     * Scope and answers may only name what the embedded catalog has. Scope and exceptions are
     * sorted in the model, so their places are taken from the document: the entry as written.
     */
    private static void checkReferences(Assessment a, JsonNode document, ProblemList problems) {
        Catalog catalog = a.catalog();
        // The document as written may hold anything where the model read an array (a hostile file).
        JsonNode scope = document.path("scope");
        for (int i = 0; scope.isArray() && i < scope.size(); i++) {
            JsonNode entry = scope.path(i);
            String id = entry.isObject() ? entry.path("service").asText() : entry.asText();
            if (catalog.service(id).isEmpty()) {
                problems.error(entry.isObject() ? "/scope/" + i + "/service" : "/scope/" + i,
                        "project.unknownService", id);
            }
        }
        for (Map.Entry<String, Answer> e : a.answers().entrySet()) {
            String at = "/answers/" + e.getKey().replace("~", "~0").replace("/", "~1");
            if (catalog.control(e.getKey()).isEmpty()) {
                problems.error(at, "project.unknownControl", e.getKey());
                continue;
            }
            Answer answer = e.getValue();
            if (answer.missingJustification()) {
                problems.warning(at + "/justification", "project.justificationMissing", e.getKey(),
                        answer.status().name());
            }
            JsonNode exceptions = document.path("answers").path(e.getKey()).path("exceptions");
            for (int j = 0; exceptions.isArray() && j < exceptions.size(); j++) {
                String service = exceptions.path(j).path("service").asText();
                if (catalog.service(service).isEmpty()) {
                    problems.error(at + "/exceptions/" + j + "/service", "project.unknownService", service);
                }
            }
        }
        if (a.signOff() != null && !a.signOff().fingerprint().equals(ContentFingerprint.of(a))) {
            problems.warning("/signOff/fingerprint", "project.signOffMismatch");
        }
    }
}
