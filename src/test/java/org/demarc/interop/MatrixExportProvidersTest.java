package org.demarc.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.demarc.catalog.BuiltInCatalog;
import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.model.Assessment;
import org.demarc.model.Catalog;
import org.demarc.model.ResponsibilityMatrix;
import org.demarc.model.Service;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;

/** Over several providers the matrix exports name each service's provider; over one, nothing changes. */
class MatrixExportProvidersTest {
    private static final Assessment MULTICLOUD = Samples.multicloud();
    private static final ResponsibilityMatrix MATRIX = ResponsibilityEngine.matrix(MULTICLOUD);

    private static String export(MatrixExport.Format format) {
        return MatrixExport.export(MATRIX, format, MULTICLOUD.catalog());
    }

    private static String providerName(Service s) {
        return MULTICLOUD.catalog().providerOf(s.id()).name();
    }

    @Test
    void theCsvHasAProviderRowUnderTheHeader() {
        List<String> lines = export(MatrixExport.Format.CSV).lines().toList();
        StringBuilder expected = new StringBuilder("provider,,,");
        MATRIX.services().forEach(s -> expected.append(',').append(providerName(s)));
        assertThat(lines.get(1)).isEqualTo(expected.toString())
                .contains("Amazon Web Services").contains("Microsoft Azure");
        assertThat(lines.get(2)).startsWith("GOV-01,");
        assertThat(lines).hasSize(MATRIX.controls().size() + 2);
    }

    @Test
    void eachJsonServiceNamesItsProvider() throws Exception {
        JsonNode services = new ObjectMapper().readTree(export(MatrixExport.Format.JSON)).get("services");
        assertThat(services).hasSize(MATRIX.services().size());
        for (JsonNode s : services) {
            String id = s.get("id").asText();
            String provider = id.startsWith("aws.") ? "aws" : "azure";
            assertThat(s.get("provider").get("id").asText()).as(id).isEqualTo(provider);
            assertThat(s.get("provider").get("name").asText()).as(id)
                    .isEqualTo(provider.equals("aws") ? "Amazon Web Services" : "Microsoft Azure");
        }
    }

    @Test
    void theTextLegendListsTheServicesUnderTheirProvider() {
        String text = export(MatrixExport.Format.TEXT);
        int aws = text.indexOf("\nAmazon Web Services:\n");
        int azure = text.indexOf("\nMicrosoft Azure:\n");
        assertThat(aws).isPositive();
        assertThat(azure).isGreaterThan(aws);
        assertThat(text.substring(aws, azure)).contains("aws.s3 (").doesNotContain("azure.");
        assertThat(text.substring(azure)).contains("azure.appservice (").doesNotContain("aws.");
    }

    @Test
    void overOneProviderEveryFormatIsAsBefore() {
        Catalog aws = BuiltInCatalog.load();
        ResponsibilityMatrix single = ResponsibilityEngine.matrix(aws, Set.of("aws.eks", "aws.s3"), Map.of());
        for (MatrixExport.Format f : MatrixExport.Format.values()) {
            assertThat(MatrixExport.export(single, f, aws)).as(f.name()).isEqualTo(MatrixExport.export(single, f))
                    .doesNotContain("Amazon Web Services");
        }
    }
}
