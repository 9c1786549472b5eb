package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.demarc.catalog.BuiltInCatalog;
import org.demarc.fixtures.LargeFixture;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.project.ProjectWriter;
import org.demarc.project.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {
    @TempDir
    Path dir;
    Path sample;
    Path large;

    @BeforeEach
    void files() throws Exception {
        sample = Files.write(dir.resolve("webshop.demarc"), Samples.webshopBytes());
        large = Files.write(dir.resolve("large.demarc"), ProjectWriter.toBytes(LargeFixture.create()));
    }

    @Test
    void validateAcceptsTheSampleAndTheLargeFixture() {
        CliRunner r = CliRunner.run("validate", sample.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("valid project").contains("services in scope");
        CliRunner big = CliRunner.run("validate", large.toString());
        assertThat(big.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(big.out()).contains(BuiltInCatalog.load().services().size() + " services in scope");
    }

    @Test
    void validateTellsCatalogsFromProjects() throws Exception {
        Path catalog = Files.write(dir.resolve("mini.json"), MiniFixtures.miniCatalogBytes());
        CliRunner r = CliRunner.run("validate", catalog.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("valid catalog 'Mini test catalog' version 1.0: 3 services, 4 controls");
    }

    @Test
    void validateListsEachProblemOnItsOwnLine() throws Exception {
        String text = Files.readString(sample)
                .replaceFirst("\"status\": \"[A-Z_]+\"", "\"status\": \"DONE\"")
                .replaceFirst("\"startDate\": \"[0-9-]+\"", "\"startDate\": \"next week\"");
        Path broken = Files.writeString(dir.resolve("broken.demarc"), text);
        CliRunner r = CliRunner.run("validate", broken.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("/engagement/startDate").contains("'next week' is not a date"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("/status").contains("'DONE' is not allowed"));
    }

    @Test
    void matrixAsCsvHasOneColumnPerServiceInScope() {
        CliRunner r = CliRunner.run("matrix", sample.toString(), "--format", "csv");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("control,title,domain,class,").contains("aws.ec2").contains("aws.s3");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("PHY-01,").doesNotContain("CUSTOMER").contains("PROVIDER"));
        assertThat(lines).hasSize(BuiltInCatalog.load().controls().size() + 1);
        // The sample has Amazon VPC in scope: its guest OS patching reads as a person reads it.
        List<String> header = List.of(lines.get(0).split(","));
        String[] patching = lines.stream().filter(l -> l.startsWith("PAT-02,")).findFirst().orElseThrow().split(",");
        assertThat(patching[header.indexOf("aws.vpc")]).isEqualTo("n/a (see Amazon EC2)");
    }

    @Test
    void matrixAsJsonCarriesEachCellsReason() throws Exception {
        CliRunner r = CliRunner.run("matrix", large.toString(), "--format", "json");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        var root = new ObjectMapper().readTree(r.out());
        var lambda = root.get("controls").findValues("cells").stream()
                .map(c -> c.get("aws.lambda")).filter(c -> c.get("reason").asText().equals("SERVICE_OVERRIDE")).toList();
        assertThat(lambda).isNotEmpty().allSatisfy(c -> assertThat(c.get("rationale").asText()).isNotBlank());
        assertThat(root.get("services")).hasSize(BuiltInCatalog.load().services().size());
        var ebsCells = root.get("controls").findValues("cells").stream().map(c -> c.get("aws.ebs")).toList();
        var plt02 = root.get("controls").get(BuiltInCatalog.load().controls().stream().map(c -> c.id()).toList()
                .indexOf("PLT-02")).get("cells").get("aws.ebs");
        assertThat(plt02.get("responsibility").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(plt02.get("assessedUnder").asText()).isEqualTo("Amazon EC2");
        assertThat(plt02.get("label").asText()).isEqualTo("n/a (see Amazon EC2)");
        // Only not-applicable cells carry the label, so other cells keep their members.
        assertThat(ebsCells).filteredOn(c -> !c.get("responsibility").asText().equals("NOT_APPLICABLE"))
                .allSatisfy(c -> assertThat(c.has("label")).isFalse());
    }

    @Test
    void matrixAsTextHasALegend() {
        CliRunner r = CliRunner.run("matrix", sample.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("P = provider, S = shared, C = customer, N = not applicable").contains("aws.ec2");
    }

    @Test
    void anUnknownMatrixFormatIsAUsageError() {
        CliRunner r = CliRunner.run("matrix", sample.toString(), "--format", "xml");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("'xml' is not a matrix format");
    }

    @Test
    void catalogListServicesAndControls() {
        CliRunner services = CliRunner.run("catalog", "list", "--services");
        assertThat(services.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(services.out().lines()).contains("aws.ec2\tAmazon EC2\tINFRASTRUCTURE");
        assertThat(services.out().lines()).hasSize(BuiltInCatalog.load().services().size());
        CliRunner controls = CliRunner.run("catalog", "list", "--controls");
        assertThat(controls.out().lines()).anySatisfy(l -> assertThat(l).startsWith("PHY-01\t").endsWith("\tINHERITED"));
    }

    @Test
    void catalogListSourcesPrintsThePageOfEveryCategoryAndOverride() {
        CliRunner r = CliRunner.run("catalog", "list", "--sources");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        var catalog = BuiltInCatalog.load();
        long overrides = catalog.services().stream().mapToLong(s -> s.overrides().size()
                + s.variants().stream().mapToLong(v -> v.overrides().size()).sum()).sum();
        assertThat(r.out().lines()).hasSize((int) (catalog.categories().size() + overrides));
        assertThat(r.out().lines()).contains("INFRASTRUCTURE\t\t\tShared Responsibility Model\t"
                + "https://aws.amazon.com/compliance/shared-responsibility-model/\t2026-12-01");
        assertThat(r.out().lines()).anySatisfy(l -> assertThat(l).startsWith("aws.rds\tPAT-02\tSHARED\tMaintaining a DB instance")
                .endsWith("\t2026-12-01"));
        // A variant's override names the variant next to its service.
        assertThat(r.out().lines()).contains("aws.ecs (AWS Fargate)\tPAT-02\tPROVIDER\t"
                + "Fargate platform versions for Amazon ECS - Amazon Elastic Container Service\t"
                + "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-fargate.html\t2026-12-01");
        // Overrides still without a page say so instead of leaving the columns empty.
        assertThat(r.out().lines()).anySatisfy(l -> assertThat(l).startsWith("aws.vpc\tVUL-01\tNOT_APPLICABLE\t(no source)"));
    }

    @Test
    void catalogListReadsACatalogFile() throws Exception {
        Path catalog = Files.write(dir.resolve("mini.json"), MiniFixtures.miniCatalogBytes());
        CliRunner r = CliRunner.run("catalog", "list", "--services", "--catalog", catalog.toString());
        assertThat(r.out().lines()).containsExactly("t.vm\tVirtual machines\tINFRASTRUCTURE",
                "t.db\tManaged database\tCONTAINER", "t.blob\tObject store\tABSTRACTED");
    }

    @Test
    void catalogListNeedsServicesOrControls() {
        assertThat(CliRunner.run("catalog", "list").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("catalog", "list", "--services", "--controls").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aMissingFileIsAnIoError() {
        CliRunner r = CliRunner.run("validate", dir.resolve("nope.demarc").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(r.err()).contains("nope.demarc").contains("file not found");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(CliRunner.run("validate", "--frobnicate", sample.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "validate", "matrix", "compare-providers", "catalog", "catalog list", "questionnaire", "questionnaire export",
        "questionnaire import", "findings", "diff", "carry-forward", "new", "oscal", "oscal import-component",
        "merge", "merge-driver", "portfolio", "bundle", "unbundle", "sign", "verify"})
    void everyCommandHasHelp(String command) {
        List<String> args = new java.util.ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
        args.add("--help");
        CliRunner r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).startsWith("Usage: demarc");
        // A description from the bundle, never an empty help text.
        assertThat(r.out().lines().skip(1).filter(l -> !l.isBlank()).findFirst()).isPresent();
        assertThat(r.out()).doesNotContain("null");
    }

    @Test
    void rootHelpListsTheCommandsAndExitCodes() {
        CliRunner r = CliRunner.run("--help");
        assertThat(r.out()).contains("validate").contains("matrix").contains("compare-providers").contains("catalog")
                .contains("Exit codes: 0 success, 1 invalid input, 2 usage error, 3 I/O error.");
    }
}
