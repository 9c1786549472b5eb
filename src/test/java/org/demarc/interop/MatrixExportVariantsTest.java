package org.demarc.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.demarc.catalog.BuiltInCatalog;
import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.model.Catalog;
import org.demarc.model.ResponsibilityMatrix;
import org.junit.jupiter.api.Test;

/** The exports name the deployment variant beside the service; the column stays the service's. */
class MatrixExportVariantsTest {
    private static final Catalog AWS = BuiltInCatalog.load();
    private static final ResponsibilityMatrix MATRIX = ResponsibilityEngine.matrix(AWS, Set.of("aws.eks", "aws.s3"),
            Map.of("aws.eks", "fargate"));

    @Test
    void theCsvHeaderNamesTheVariantOfAServiceWithVariants() {
        String header = MatrixExport.export(MATRIX, MatrixExport.Format.CSV).lines().findFirst().orElseThrow();
        assertThat(header).contains("aws.eks (fargate)").contains(",aws.s3");
    }

    @Test
    void theJsonNamesTheVariantAndKeepsTheServiceIdAsTheKey() throws Exception {
        JsonNode root = new ObjectMapper().readTree(MatrixExport.export(MATRIX, MatrixExport.Format.JSON));
        JsonNode eks = root.get("services").get(0);
        assertThat(eks.get("id").asText()).isEqualTo("aws.eks");
        assertThat(eks.get("variant").get("id").asText()).isEqualTo("fargate");
        assertThat(eks.get("variant").get("name").asText()).isEqualTo("Pods on AWS Fargate");
        assertThat(eks.get("variant").get("default").asBoolean()).isFalse();
        assertThat(root.get("services").get(1).has("variant")).isFalse();
        JsonNode pat02 = root.get("controls").findValues("cells").stream()
                .filter(c -> c.has("aws.eks")).findFirst().orElseThrow();
        assertThat(pat02.get("aws.eks").has("reason")).isTrue();
        assertThat(MatrixExport.export(MATRIX, MatrixExport.Format.JSON)).contains("\"VARIANT_OVERRIDE\"");
    }

    @Test
    void theTextLegendNamesTheVariant() {
        assertThat(MatrixExport.export(MATRIX, MatrixExport.Format.TEXT))
                .contains("aws.eks (fargate) (Amazon Elastic Kubernetes Service (EKS) (Pods on AWS Fargate), CONTAINER)");
    }
}
