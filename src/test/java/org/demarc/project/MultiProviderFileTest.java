package org.demarc.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.assessment.ContentFingerprint;
import org.demarc.catalog.BuiltInCatalog;
import org.demarc.catalog.CatalogFingerprint;
import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;
import org.demarc.model.Assessment;
import org.demarc.model.Catalog;
import org.demarc.model.Engagement;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.junit.jupiter.api.Test;

/**
 * A project assessed with several providers' catalogs embeds each one under {@code "catalogs"};
 * a single-provider project keeps {@code "catalog"} and its exact bytes.
 */
class MultiProviderFileTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Catalog AWS = BuiltInCatalog.load("aws");
    private static final Catalog AZURE = BuiltInCatalog.load("azure");

    static Assessment project(Catalog catalog, String... scope) {
        Assessment a = Assessment.create(Engagement.empty().withTitle("Two clouds"), catalog,
                new HistoryEvent(Instant.parse("2026-12-01T09:00:00Z"), HistoryKind.CREATED, "Alex", "Created"));
        return a.withScope(new TreeSet<>(List.of(scope)));
    }

    private static Assessment read(byte[] bytes) throws InvalidFileException {
        return new ProjectReader().read(bytes).value();
    }

    @Test
    void eachCatalogIsEmbeddedAndReadBackToTheSameBytes() throws Exception {
        Assessment a = project(Catalog.combine(List.of(AWS, AZURE)), "aws.s3", "azure.appservice");
        byte[] bytes = ProjectWriter.toBytes(a);
        JsonNode doc = MAPPER.readTree(bytes);
        assertThat(doc.has("catalog")).isFalse();
        assertThat(doc.get("catalogs")).hasSize(2);
        assertThat(doc.get("catalogs").get(1).get("id").asText()).isEqualTo("azure");
        Assessment back = read(bytes);
        assertThat(back).isEqualTo(a);
        assertThat(back.catalog().parts()).containsExactly(AWS, AZURE);
        assertThat(ProjectWriter.toBytes(back)).isEqualTo(bytes);
        assertThat(ProjectSchemas.violations(ProjectSchemas.ASSESSMENT_ID, bytes)).isEmpty();
        assertThat(new ProjectReader().read(bytes).warnings()).isEmpty();
    }

    @Test
    void aSingleProviderFileKeepsItsCatalogMemberAndFingerprints() throws Exception {
        Assessment a = project(AWS, "aws.s3");
        byte[] bytes = ProjectWriter.toBytes(a);
        assertThat(MAPPER.readTree(bytes).has("catalogs")).isFalse();
        assertThat(MAPPER.readTree(bytes).get("catalog").get("id").asText()).isEqualTo("aws");
        Catalog both = Catalog.combine(List.of(AWS, AZURE));
        assertThat(CatalogFingerprint.of(both)).isNotEqualTo(CatalogFingerprint.of(AWS));
        assertThat(ContentFingerprint.of(project(both, "aws.s3"))).isNotEqualTo(ContentFingerprint.of(a));
    }

    @Test
    void theSampleIsByteIdentical() throws Exception {
        byte[] sample = Samples.class.getResourceAsStream("/org/demarc/samples/webshop.demarc").readAllBytes();
        assertThat(ProjectWriter.toBytes(read(sample))).isEqualTo(sample);
    }

    @Test
    void scopeMayNameAServiceOfAnyEmbeddedCatalog() throws Exception {
        ObjectNode doc = document();
        ((ArrayNode) doc.get("scope")).add("gcp.cloud-run");
        assertThat(problems(doc)).extracting(Problem::location, Problem::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/scope/2",
                        org.demarc.model.Messages.get("project.unknownService", "gcp.cloud-run")));
    }

    @Test
    void catalogsThatDisagreeAreRefusedWithTheReason() throws Exception {
        ObjectNode doc = document();
        ObjectNode control = (ObjectNode) doc.get("catalogs").get(1).get("controls").get(0);
        control.put("weight", control.get("weight").asInt() % 5 + 1);
        List<Problem> problems = problems(doc);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).location()).isEqualTo("/catalogs");
        assertThat(problems.get(0).text()).contains("cannot share one assessment", "has a different weight");
    }

    @Test
    void aProblemInsideASecondCatalogIsLocatedThere() throws Exception {
        ObjectNode doc = document();
        ((ObjectNode) doc.get("catalogs").get(1).get("services").get(0)).put("category", "NONSENSE");
        assertThat(problems(doc)).first().extracting(Problem::location).asString().startsWith("/catalogs/1/services/0");
    }

    @Test
    void bothMembersOrAListOfOneAreRefused() throws Exception {
        ObjectNode doc = document();
        doc.set("catalog", doc.get("catalogs").get(0));
        assertThat(problems(doc)).extracting(Problem::location).containsExactly("/catalogs");
        ObjectNode one = document();
        ((ArrayNode) one.get("catalogs")).remove(1);
        assertThat(problems(one)).extracting(Problem::text)
                .containsExactly(org.demarc.model.Messages.get("project.catalogsTooFew"));
        assertThat(ProjectSchemas.violations(ProjectSchemas.ASSESSMENT_ID, MAPPER.writeValueAsBytes(one))).isNotEmpty();
        assertThat(ProjectSchemas.violations(ProjectSchemas.ASSESSMENT_ID, MAPPER.writeValueAsBytes(doc))).isNotEmpty();
    }

    private static ObjectNode document() throws Exception {
        return (ObjectNode) MAPPER.readTree(ProjectWriter.toBytes(
                project(Catalog.combine(List.of(AWS, AZURE)), "aws.s3", "azure.appservice")));
    }

    private static List<Problem> problems(ObjectNode doc) throws Exception {
        byte[] bytes = MAPPER.writeValueAsBytes(doc);
        assertThatThrownBy(() -> read(bytes)).isInstanceOf(InvalidFileException.class);
        try {
            read(bytes);
            return List.of();
        } catch (InvalidFileException e) {
            return e.problems();
        }
    }
}
