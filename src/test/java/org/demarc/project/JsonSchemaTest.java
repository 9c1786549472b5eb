package org.demarc.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.demarc.catalog.BuiltInCatalog;
import org.demarc.catalog.CatalogJson;
import org.demarc.io.JsonOut;
import org.demarc.fixtures.LargeFixture;
import org.demarc.fixtures.MiniFixtures;
import org.junit.jupiter.api.Test;

/** Every file the program writes conforms to the JSON Schema shipped beside it. */
class JsonSchemaTest {
    @Test
    void theSampleConforms() {
        assertThat(ProjectSchemas.violations(ProjectSchemas.ASSESSMENT_ID, Samples.webshopBytes())).isEmpty();
    }

    @Test
    void writtenProjectsConform() {
        assertThat(ProjectSchemas.violations(ProjectSchemas.ASSESSMENT_ID,
                ProjectWriter.toBytes(MiniFixtures.miniAssessment()))).isEmpty();
        assertThat(ProjectSchemas.violations(ProjectSchemas.ASSESSMENT_ID,
                ProjectWriter.toBytes(LargeFixture.create()))).isEmpty();
        org.demarc.model.HistoryEvent sent = new org.demarc.model.HistoryEvent(java.time.Instant.parse(
                "2026-11-12T10:00:00Z"), org.demarc.model.HistoryKind.QUESTIONNAIRE_SENT, "Alex", "Questionnaire sent",
                new org.demarc.model.QuestionnaireSent("0a1b", "c2d3", java.util.List.of("GOV-01", "NET-01")));
        assertThat(ProjectSchemas.violations(ProjectSchemas.ASSESSMENT_ID,
                ProjectWriter.toBytes(Samples.webshop().withEvent(sent)))).isEmpty();
    }

    @Test
    void catalogsConform() {
        byte[] builtIn = JsonOut.write(CatalogJson.write(BuiltInCatalog.load())).getBytes(StandardCharsets.UTF_8);
        assertThat(ProjectSchemas.violations(ProjectSchemas.CATALOG_ID, builtIn)).isEmpty();
        assertThat(ProjectSchemas.violations(ProjectSchemas.CATALOG_ID, MiniFixtures.miniCatalogBytes())).isEmpty();
        byte[] azure = JsonOut.write(CatalogJson.write(BuiltInCatalog.load(BuiltInCatalog.AZURE)))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(ProjectSchemas.violations(ProjectSchemas.CATALOG_ID, azure)).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() {
        String broken = new String(ProjectWriter.toBytes(MiniFixtures.miniAssessment()), StandardCharsets.UTF_8)
                .replace("\"status\": \"PARTIAL\"", "\"status\": \"DONE\"");
        assertThat(ProjectSchemas.violations(ProjectSchemas.ASSESSMENT_ID, broken.getBytes(StandardCharsets.UTF_8)))
                .isNotEmpty();
    }
}
