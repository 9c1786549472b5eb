package org.demarc.project;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.demarc.fixtures.MiniFixtures;

/** The shipped JSON Schemas, resolved from the classpath only (nothing is fetched). */
public final class ProjectSchemas {
    public static final String ASSESSMENT_ID = "urn:demarc:schema:assessment:1";
    public static final String CATALOG_ID = "urn:demarc:schema:catalog:1";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemas(Map.of(
                    ASSESSMENT_ID, text("/org/demarc/schema/demarc-assessment.schema.json"),
                    CATALOG_ID, text("/org/demarc/schema/demarc-catalog.schema.json"))));

    private ProjectSchemas() {
    }

    private static String text(String resource) {
        return new String(MiniFixtures.resource(resource), StandardCharsets.UTF_8);
    }

    /** Schema violations of a document, as readable lines; empty when it conforms. */
    public static List<String> violations(String schemaId, byte[] document) {
        try {
            JsonNode node = MAPPER.readTree(document);
            Schema schema = REGISTRY.getSchema(SchemaLocation.of(schemaId));
            return schema.validate(node).stream().map(Object::toString).toList();
        } catch (java.io.IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }
}
