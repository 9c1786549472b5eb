package org.demarc.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

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
        ObjectNode document = ((ObjectNode) root).deepCopy();
        migrations.upgrade(document, version);
        r = FieldReader.root(document, problems);
        Catalog catalog = EmbeddedCatalogs.read(catalogReader, document, problems);
        if (problems.hasErrors()) {
            throw new InvalidFileException(problems.all());
        }
        Assessment assessment = AssessmentJson.read(r, catalog);
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
