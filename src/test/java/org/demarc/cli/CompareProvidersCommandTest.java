package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demarc compare-providers}: a service and its equivalents, control by control, from the built-in catalogs. */
class CompareProvidersCommandTest {
    @TempDir
    Path dir;

    @Test
    void theTextTableHasAColumnPerProviderAndTheOverridesWithTheirPages() {
        CliRunner r = CliRunner.run("compare-providers", "aws.rds");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Amazon RDS, aws.rds (Amazon Web Services, CONTAINER)")
                .contains("Azure SQL Database, azure.sqldatabase (Microsoft Azure")
                .contains("Cloud SQL, gcp.cloud-sql (Google Cloud")
                .contains("paired by: AWS to Azure services comparison <https://learn.microsoft.com/")
                .contains("paired by: Compare AWS and Azure services to Google Cloud <https://cloud.google.com/")
                .contains("Overrides:").contains("source: ");
        String patching = r.out().lines().filter(l -> l.startsWith("PAT-02 ")).findFirst().orElseThrow();
        assertThat(patching).startsWith("PAT-02    S*").endsWith("Guest operating system updates and security patches");
    }

    @Test
    void aServiceIsFoundByItsName() {
        CliRunner r = CliRunner.run("compare-providers", "Compute Engine", "--format", "json");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("\"service\": \"gcp.compute-engine\"").contains("\"id\": \"aws.ec2\"")
                .contains("\"id\": \"azure.vm\"");
    }

    @Test
    void jsonCarriesReasonsRationalesAndPages() throws Exception {
        CliRunner r = CliRunner.run("compare-providers", "aws.eks", "--format", "json", "--variants");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("columns")).extracting(c -> c.get("id").asText())
                .contains("aws.eks", "azure.aks", "gcp.gke");
        assertThat(root.get("columns").get(0).get("variant").get("default").asBoolean()).isTrue();
        JsonNode aks = root.get("columns").findValues("id").stream().filter(n -> n.asText().equals("azure.aks"))
                .findFirst().orElseThrow();
        assertThat(aks).isNotNull();
        JsonNode cells = root.get("controls").get(0).get("cells");
        assertThat(cells.get(0).has("reason")).isTrue();
        assertThat(root.toString()).contains("\"reason\":\"VARIANT_OVERRIDE\"").contains("\"source\":{\"title\"");
    }

    @Test
    void csvIsWrittenToANewFileWithReasonAndSourceColumns() throws Exception {
        Path out = dir.resolve("ec2.csv");
        CliRunner r = CliRunner.run("compare-providers", "aws.ec2", "--format", "csv", "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Wrote ").contains("3 services compared over 61 controls");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("control,title,aws.ec2,aws.ec2 reason,aws.ec2 source,azure.vm,"
                + "azure.vm reason,azure.vm source,gcp.compute-engine,gcp.compute-engine reason,gcp.compute-engine source");
        assertThat(lines).hasSize(62);
        assertThat(lines.get(1)).startsWith("GOV-01,");
        CliRunner again = CliRunner.run("compare-providers", "aws.ec2", "--format", "csv", "-o", out.toString());
        assertThat(again.exitCode()).as("an existing file is never replaced").isEqualTo(ExitCodes.IO_ERROR);
    }

    @Test
    void anOutputWhoseNameDoesNotFitTheFormatIsAUsageError() {
        CliRunner r = CliRunner.run("compare-providers", "aws.ec2", "--format", "csv", "-o", dir.resolve("x.txt").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(".csv");
    }

    @Test
    void anUnknownServiceNamesCloseMatchesAndIsAUsageError() {
        CliRunner r = CliRunner.run("compare-providers", "aws.ec3");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).isEqualTo("no built-in catalog has a service 'aws.ec3'; did you mean aws.ec2 (Amazon EC2),"
                + " aws.ecs (Amazon Elastic Container Service (ECS)), aws.ecr (Amazon Elastic Container Registry (ECR)),"
                + " aws.ebs (Amazon EBS), aws.eks (Amazon Elastic Kubernetes Service (EKS))?");
        assertThat(r.out()).isEmpty();
        CliRunner none = CliRunner.run("compare-providers", "qqqqqqqqqqqqqqqq");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("demarc catalog list --catalog aws --services");
    }

    @Test
    void aWrongFormatIsAUsageError() {
        CliRunner r = CliRunner.run("compare-providers", "aws.ec2", "--format", "xml");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("'xml' is not a comparison format");
    }

    @Test
    void aServiceWithoutEquivalentsIsComparedAloneWithANote() {
        CliRunner r = CliRunner.run("compare-providers", "aws.auditmanager");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).contains("has no equivalent in the other built-in catalogs");
        assertThat(r.out()).contains("AWS Audit Manager, aws.auditmanager");
    }

    @Test
    void aCsvCellThatLooksLikeAFormulaIsNeutralised() {
        assertThat(org.demarc.interop.Csv.line(List.of("=1+1"))).startsWith("'=");
    }
}
