package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.demarc.catalog.BuiltInCatalog;
import org.demarc.catalog.CatalogJson;
import org.demarc.io.JsonOut;
import org.demarc.fixtures.CatalogVersions;
import org.demarc.fixtures.LargeFixture;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.fixtures.VariantCatalogs;
import org.demarc.model.Assessment;
import org.demarc.model.Catalog;
import org.demarc.model.HistoryKind;
import org.demarc.project.ProjectReader;
import org.demarc.project.ProjectWriter;
import org.demarc.project.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code demarc catalog diff} and {@code demarc catalog migrate} on the starter and the full catalog. */
class CatalogDiffMigrateCommandTest {
    private static final Catalog FULL = BuiltInCatalog.load();
    private static final Catalog STARTER = CatalogVersions.starter();

    @TempDir
    Path dir;
    Path starter;
    Path full;
    Path oldProject;

    @BeforeEach
    void files() throws Exception {
        starter = Files.write(dir.resolve("aws-2026.11.0.json"), CatalogVersions.starterBytes());
        full = Files.writeString(dir.resolve("aws-full.json"), JsonOut.write(CatalogJson.write(FULL)));
        oldProject = Files.write(dir.resolve("webshop-2026.11.demarc"),
                ProjectWriter.toBytes(CatalogVersions.sampleOnStarter()));
    }

    // ---------------------------------------------------------------- diff

    @Test
    void diffAgainstTheBuiltInCatalogListsResponsibilityChangesFirst() {
        CliRunner r = CliRunner.run("catalog", "diff", starter.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Catalog 'AWS shared responsibility catalog' version 2026.11.0 -> "
                + "'AWS shared responsibility catalog' version " + FULL.version());
        int added = FULL.services().size() - STARTER.services().size();
        assertThat(lines.get(1)).startsWith("Services: " + added + " added, 0 removed, ");
        // RDS patching and KMS backups since the starter; Elastic Beanstalk and EMR corrected in 2026.12.1;
        // EBS and VPC patching and software, and KMS backups, not applicable since 2026.12.2.
        int responsibility = lines.indexOf("Responsibility changes (9):");
        assertThat(responsibility).isEqualTo(2);
        assertThat(lines).contains("  PAT-02 on aws.ebs: Provider (service override) -> n/a (see Amazon EC2) (service override)",
                "  PAT-02 on aws.rds: Provider (category default) -> Shared (service override)",
                "  BCK-01 on aws.kms: Shared (category default) -> n/a (service override)");
        assertThat(lines.get(lines.indexOf("  PAT-02 on aws.rds: Provider (category default) -> Shared (service override)") + 1))
                .startsWith("      because: AWS builds and applies operating system and database engine patches");
        assertThat(lines.indexOf("Services added (" + added + "):")).isGreaterThan(responsibility);
        assertThat(lines).contains("  aws.eks  Amazon Elastic Kubernetes Service (EKS) (container services)",
                "  aws.lambda  AWS Lambda: group, overrides",
                "  GOV-02  Account structure and organization-wide guardrails (governance)");
        assertThat(lines).contains("  PLT-01 on aws.elasticbeanstalk: Provider (category default) -> Shared (service override)",
                "  RES-01 on aws.emr: Shared (category default) -> Customer (service override)");
        // GOV-01 and PHY-01 had their SOC report guidance corrected; GOV-01, LOG-01, INC-01 and BCK-01 gained mappings.
        assertThat(r.out()).doesNotContain("Services removed").contains("Controls changed (5):");
    }

    @Test
    void diffFromTheFullCatalogBackToTheStarter() {
        CliRunner r = CliRunner.run("catalog", "diff", full.toString(), starter.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        int removed = FULL.services().size() - STARTER.services().size();
        assertThat(r.out().lines()).contains("Services removed (" + removed + "):",
                "Controls removed (" + (FULL.controls().size() - STARTER.controls().size()) + "):",
                "  PAT-02 on aws.rds: Shared (service override) -> Provider (category default)");
        // A cell that falls back to its category default says what the removed override said.
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(lines.indexOf("  PAT-02 on aws.rds: Shared (service override) -> Provider (category default)") + 1))
                .startsWith("      the service override was removed; it said: AWS builds and applies operating system");
        assertThat(r.out()).doesNotContain("Services added");
    }

    @Test
    void diffReadsTheCatalogEmbeddedInAProject() throws Exception {
        Path sample = Files.write(dir.resolve("webshop.demarc"), Samples.webshopBytes());
        CliRunner same = CliRunner.run("catalog", "diff", sample.toString());
        assertThat(same.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(same.out().lines()).contains("No differences: the catalogs have the same services and controls.");
        CliRunner old = CliRunner.run("catalog", "diff", oldProject.toString(), sample.toString());
        assertThat(old.out()).contains("Responsibility changes (9):");
    }

    @Test
    void diffFailsLikeTheOtherCommands() throws Exception {
        CliRunner missing = CliRunner.run("catalog", "diff", dir.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(missing.err()).contains("nope.json").contains("file not found");
        Path broken = Files.writeString(dir.resolve("broken.json"),
                new String(MiniFixtures.miniCatalogBytes(), StandardCharsets.UTF_8).replace("\"PE-3\"", "\"PE-99\""));
        CliRunner invalid = CliRunner.run("catalog", "diff", starter.toString(), broken.toString());
        assertThat(invalid.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(invalid.err().lines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith(broken.toString()).contains("/controls/0/mappings/nist-800-53r5/0"));
        assertThat(invalid.out()).isEmpty();
        assertThat(CliRunner.run("catalog", "diff").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("catalog", "diff", "a", "b", "c").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    // ---------------------------------------------------------------- migrate

    @Test
    void migrateMovesAnOldProjectToTheBuiltInCatalogAndLeavesTheOldFileAlone() throws Exception {
        byte[] before = Files.readAllBytes(oldProject);
        Path moved = dir.resolve("webshop-2026.12.demarc");
        CliRunner r = CliRunner.run("catalog", "migrate", oldProject.toString(), "-o", moved.toString(),
                "--actor", "Sam Okafor");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out().lines()).contains("Kept 14 of 14 answers and 10 of 10 services in scope.",
                "Controls to review; their answers are flagged (4):",
                "  PAT-02 on aws.rds: Provider (category default) -> Shared (service override)",
                "  PAT-02 on aws.vpc: Provider (service override) -> n/a (see Amazon EC2) (service override)",
                "New controls to answer or acknowledge (" + (FULL.controls().size() - STARTER.controls().size()) + "):");
        // Each changed cell says why (the override's rationale) and which AWS page that rests on.
        List<String> lines = r.out().lines().toList();
        int rds = lines.indexOf("  PAT-02 on aws.rds: Provider (category default) -> Shared (service override)");
        assertThat(lines.get(rds + 1)).startsWith("      because: AWS builds and applies operating system");
        assertThat(lines.get(rds + 2)).isEqualTo("      source: Maintaining a DB instance - Amazon Relational Database "
                + "Service, https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Maintenance.html"
                + " (checked 2026-12-01)");
        assertThat(r.out()).doesNotContain("dropped").doesNotContain("no longer asked");
        assertThat(Files.readAllBytes(oldProject)).isEqualTo(before);
        Assessment a = new ProjectReader().read(moved).value();
        assertThat(a.catalog()).isEqualTo(FULL);
        assertThat(a.answers().get("PAT-02").flagged()).isTrue();
        var last = a.history().get(a.history().size() - 1);
        assertThat(last.kind()).isEqualTo(HistoryKind.MIGRATED);
        assertThat(last.actor()).isEqualTo("Sam Okafor");
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp") || n.endsWith(".bak"));
        }
    }

    @Test
    void migrateFromTheCatalogBeforeTheNewControlsKeepsEveryAnswerAndListsTheTenNewControls() throws Exception {
        Path previous = Files.write(dir.resolve("webshop-2026.12.2.demarc"),
                ProjectWriter.toBytes(CatalogVersions.sampleBeforeBreadth()));
        Path moved = dir.resolve("webshop-2026.12.3.demarc");
        CliRunner r = CliRunner.run("catalog", "migrate", previous.toString(), "-o", moved.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out().lines()).contains("Kept 14 of 14 answers and 10 of 10 services in scope.",
                "New controls to answer or acknowledge (10):",
                "  IAM-07  Instance metadata and instance credential exposure (identity)",
                "  BCK-02  Ransomware-resilient backups (resilience)");
        // No cell of an existing control changed, so nothing is flagged.
        assertThat(r.out()).doesNotContain("Controls to review").doesNotContain("dropped");
        Assessment a = new ProjectReader().read(moved).value();
        assertThat(a.answers()).isEqualTo(CatalogVersions.sampleBeforeBreadth().answers());
    }

    @Test
    void migrateFlagsAndListsAnAnswerWhoseControlIsNoLongerAsked() throws Exception {
        Path project = Files.write(dir.resolve("mini.demarc"),
                ProjectWriter.toBytes(MiniFixtures.databaseOnlyWithEngineAnswer()));
        Path next = Files.writeString(dir.resolve("mini-1.1.json"), MiniFixtures.engineNotApplicableJson());
        Path moved = dir.resolve("mini-1.1.demarc");
        CliRunner r = CliRunner.run("catalog", "migrate", project.toString(), "--to", next.toString(),
                "-o", moved.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out().lines()).contains("Kept 4 of 4 answers and 1 of 1 services in scope.",
                "  OPS-02: no longer asked, every cell in scope is not applicable or the provider's; the answer is kept"
                        + " and flagged",
                "  OPS-02 on t.db: Shared (service override) -> n/a (see Virtual machines) (service override)",
                "      source: none named in the catalog",
                "Answers kept and flagged although their control is no longer asked (1):",
                "  OPS-02  Guest OS patches");
        Assessment a = new ProjectReader().read(moved).value();
        assertThat(a.answers().get("OPS-02").flagged()).isTrue();
    }

    @Test
    void migrateToAnOlderCatalogListsWhatWasDropped() throws Exception {
        Path large = Files.write(dir.resolve("large.demarc"), ProjectWriter.toBytes(LargeFixture.create()));
        Path back = dir.resolve("large-2026.11.demarc");
        CliRunner r = CliRunner.run("catalog", "migrate", large.toString(), "--to", starter.toString(),
                "-o", back.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        int droppedControls = FULL.controls().size() - STARTER.controls().size();
        int droppedServices = FULL.services().size() - STARTER.services().size();
        assertThat(r.out().lines()).contains(
                "Answers dropped, their control is not in the new catalog (" + droppedControls + "):",
                "Services dropped from scope, they are not in the new catalog (" + droppedServices + "):",
                "  aws.eks");
        CliRunner valid = CliRunner.run("validate", back.toString());
        assertThat(valid.exitCode()).as(valid.err()).isEqualTo(ExitCodes.OK);
        assertThat(valid.out()).contains(STARTER.services().size() + " services in scope");
    }

    @Test
    void migrateNeverOverwritesAFile() throws Exception {
        Path taken = Files.writeString(dir.resolve("taken.demarc"), "keep me");
        CliRunner exists = CliRunner.run("catalog", "migrate", oldProject.toString(), "-o", taken.toString());
        assertThat(exists.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(exists.err()).contains("taken.demarc").contains("already exists");
        assertThat(taken).hasContent("keep me");
        byte[] before = Files.readAllBytes(oldProject);
        for (Path same : List.of(oldProject, dir.resolve(".").resolve(oldProject.getFileName()))) {
            CliRunner r = CliRunner.run("catalog", "migrate", oldProject.toString(), "-o", same.toString());
            assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("would destroy that input");
        }
        assertThat(Files.readAllBytes(oldProject)).isEqualTo(before);
    }

    @Test
    void migrateFailsLikeTheOtherCommands() throws Exception {
        Path out = dir.resolve("out.demarc");
        assertThat(CliRunner.run("catalog", "migrate", oldProject.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        CliRunner missing = CliRunner.run("catalog", "migrate", dir.resolve("nope.demarc").toString(), "-o", out.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        Path broken = Files.writeString(dir.resolve("broken.json"),
                new String(MiniFixtures.miniCatalogBytes(), StandardCharsets.UTF_8).replace("\"control\": \"OPS-02\"", "\"control\": \"OPS-77\""));
        CliRunner invalid = CliRunner.run("catalog", "migrate", oldProject.toString(), "--to", broken.toString(),
                "-o", out.toString());
        assertThat(invalid.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(invalid.err()).contains(broken.toString()).contains("OPS-77");
        assertThat(out).doesNotExist();
    }

    @Test
    void theExampleCatalogOfTheGuideValidates() {
        CliRunner r = CliRunner.run("validate", "src/docs/examples/acme-catalog.json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("valid catalog 'ACME cloud security baseline'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog diff", "catalog migrate"})
    void bothCommandsHaveHelp(String command) {
        CliRunner r = CliRunner.run((command + " --help").split(" "));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).startsWith("Usage: demarc " + command).doesNotContain("null");
        assertThat(CliRunner.run("catalog", "--help").out()).contains("diff").contains("migrate");
    }

    // ---------------------------------------------------------------- deployment variants

    /** The changed cell of ECS on Fargate in {@link VariantCatalogs#fargatePatchingShared()}, with why and its page. */
    private static final List<String> FARGATE_PATCHING = List.of(
            "  PAT-02 on aws.ecs, variant AWS Fargate: Provider (override of variant AWS Fargate) -> Shared"
                    + " (override of variant AWS Fargate)",
            "      because: Patched revisions are AWS's; restarting retired tasks in time is the customer's.",
            "      source: Fargate platform versions for Amazon ECS - Amazon Elastic Container Service,"
                    + " https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-fargate.html"
                    + " (checked 2026-12-01)");

    private Path catalogFile(String name, Catalog c) throws Exception {
        return Files.writeString(dir.resolve(name), JsonOut.write(CatalogJson.write(c)));
    }

    private Path webshopWithEcs(String variantId) throws Exception {
        Assessment a = Samples.webshop();
        java.util.TreeSet<String> scope = new java.util.TreeSet<>(a.scope());
        scope.add(VariantCatalogs.ECS);
        return Files.write(dir.resolve("webshop-ecs.demarc"),
                ProjectWriter.toBytes(a.withScope(scope).withVariant(VariantCatalogs.ECS, variantId)));
    }

    @Test
    void diffListsAChangedVariantOverrideWithItsRationaleAndSource() throws Exception {
        Path next = catalogFile("aws-next.json", VariantCatalogs.fargatePatchingShared());
        CliRunner r = CliRunner.run("catalog", "diff", full.toString(), next.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).doesNotContain("No differences");
        assertThat(r.out().lines()).containsSubsequence(
                "Deployment variants: 0 added, 0 removed; cells of a variant changed by its override: 1.",
                "Responsibility changes of variants (1):");
        assertThat(r.out().lines()).containsSubsequence(FARGATE_PATCHING);
    }

    @Test
    void diffSaysWhatARemovedVariantOverrideSaid() throws Exception {
        Path next = catalogFile("aws-next.json", VariantCatalogs.elastiCacheServerlessWithoutResilienceOverride());
        CliRunner r = CliRunner.run("catalog", "diff", full.toString(), next.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        String rationale = FULL.service("aws.elasticache").flatMap(s -> s.variant("serverless"))
                .flatMap(v -> v.overrideFor("RES-01")).orElseThrow().rationale();
        assertThat(r.out().lines()).containsSubsequence("Responsibility changes of variants (1):",
                "  RES-01 on aws.elasticache, variant ElastiCache Serverless: Provider (override of variant"
                        + " ElastiCache Serverless) -> Shared (category default)",
                "      the override of variant ElastiCache Serverless was removed; it said: " + rationale);
    }

    @Test
    void diffListsVariantsAddedAndRemoved() throws Exception {
        Path fewer = catalogFile("aws-fewer.json", VariantCatalogs.withoutManagedInstances());
        CliRunner removed = CliRunner.run("catalog", "diff", full.toString(), fewer.toString());
        assertThat(removed.exitCode()).as(removed.err()).isEqualTo(ExitCodes.OK);
        assertThat(removed.out().lines()).containsSubsequence(
                "Deployment variants: 0 added, 1 removed; cells of a variant changed by its override: 0.",
                "Variants removed; projects that chose one are assessed in the default variant (1):",
                "  aws.ecs: ECS Managed Instances (managed-instances)");
        CliRunner added = CliRunner.run("catalog", "diff", fewer.toString(), full.toString());
        assertThat(added.out().lines()).contains("Variants added (1):", "  aws.ecs: ECS Managed Instances (managed-instances)");
    }

    @Test
    void migrateReviewsTheChosenVariantsCellWithTheVariantOverridesSource() throws Exception {
        Path next = catalogFile("aws-next.json", VariantCatalogs.fargatePatchingShared());
        Path moved = dir.resolve("moved.demarc");
        CliRunner r = CliRunner.run("catalog", "migrate", webshopWithEcs("fargate").toString(), "--to",
                next.toString(), "-o", moved.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out().lines()).contains("Controls to review; their answers are flagged (1):");
        assertThat(r.out().lines()).containsSubsequence(FARGATE_PATCHING);
        assertThat(r.out()).doesNotContain("no longer has");
    }

    @Test
    void migrateSaysWhenTheChosenVariantIsGoneAndTheServiceFallsBackToItsDefault() throws Exception {
        Path fewer = catalogFile("aws-fewer.json", VariantCatalogs.withoutManagedInstances());
        Path moved = dir.resolve("moved.demarc");
        CliRunner r = CliRunner.run("catalog", "migrate", webshopWithEcs("managed-instances").toString(), "--to",
                fewer.toString(), "-o", moved.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out().lines()).containsSubsequence("Chosen variants the new catalog no longer has; these services"
                        + " are now assessed in their default variant (1):",
                "  aws.ecs: ECS Managed Instances -> EC2 capacity");
        // The cells that change with the fallback are reviewed: the variant's override gave way to the service's.
        assertThat(r.out().lines()).contains("  PAT-02 on aws.ecs: Provider (override of variant ECS Managed Instances)"
                + " -> Customer (service override)");
        assertThat(new ProjectReader().read(moved).value().variantOf(VariantCatalogs.ECS)).isEmpty();
    }
}
