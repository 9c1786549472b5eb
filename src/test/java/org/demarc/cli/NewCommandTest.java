package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.demarc.catalog.BuiltInCatalog;
import org.demarc.catalog.BuiltInCatalogs;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.model.Assessment;
import org.demarc.model.HistoryKind;
import org.demarc.project.ProjectReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demarc new}: an assessment without the GUI, and built-in catalogs named on the command line. */
class NewCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesAnAssessmentOnTheBuiltInCatalogThatValidates() throws Exception {
        Path out = dir.resolve("shop.demarc");
        CliRunner r = CliRunner.run("new", "-o", out.toString(), "--title", "Web shop 2027",
                "--catalog", "aws", "--services", "aws.ec2,aws.s3", "--actor", "Alex");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out().strip()).isEqualTo("Wrote " + out + ": new assessment 'Web shop 2027' on catalog '"
                + BuiltInCatalog.load().name() + "' version " + BuiltInCatalog.load().version()
                + " with 2 services in scope.");
        Assessment a = new ProjectReader().read(out).value();
        assertThat(a.engagement().title()).isEqualTo("Web shop 2027");
        assertThat(a.scope()).containsExactly("aws.ec2", "aws.s3");
        assertThat(a.catalog().id()).isEqualTo("aws");
        assertThat(a.answers()).isEmpty();
        assertThat(a.history()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(HistoryKind.CREATED);
            assertThat(e.actor()).isEqualTo("Alex");
        });
        CliRunner validate = CliRunner.run("validate", out.toString());
        assertThat(validate.exitCode()).as(validate.err()).isEqualTo(ExitCodes.OK);
        assertThat(validate.out()).contains("valid project 'Web shop 2027': 2 services in scope, 0 answers");
        assertThat(Files.list(dir)).as("no temporary file left").containsExactly(out);
    }

    @Test
    void allPutsEveryServiceInScopeAndNoCatalogMeansAws() throws Exception {
        Path out = dir.resolve("all.demarc");
        CliRunner r = CliRunner.run("new", "-o", out.toString(), "--title", "Everything", "--services", "all");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(new ProjectReader().read(out).value().scope()).hasSize(BuiltInCatalog.load().services().size());
        Path none = dir.resolve("none.demarc");
        assertThat(CliRunner.run("new", "-o", none.toString(), "--title", "Later").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(new ProjectReader().read(none).value().scope()).isEmpty();
    }

    @Test
    void aCatalogFileIsEmbeddedAndItsServiceIdsAreChecked() throws Exception {
        Path catalog = Files.write(dir.resolve("mini.json"), MiniFixtures.miniCatalogBytes());
        Path out = dir.resolve("mini.demarc");
        CliRunner r = CliRunner.run("new", "-o", out.toString(), "--title", "Mini", "--catalog", catalog.toString(),
                "--services", "t.vm,t.blob");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        Assessment a = new ProjectReader().read(out).value();
        assertThat(a.catalog().name()).isEqualTo("Mini test catalog");
        assertThat(a.scope()).containsExactly("t.blob", "t.vm");
        assertThat(CliRunner.run("validate", out.toString()).exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void unknownServiceIdsAreRefusedEachNamedAndNothingIsWritten() {
        Path out = dir.resolve("shop.demarc");
        CliRunner r = CliRunner.run("new", "-o", out.toString(), "--title", "Shop",
                "--services", "aws.ec2,aws.nope,azure.vm");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("no services 'aws.nope', 'azure.vm' in catalog '" + BuiltInCatalog.load().name() + "'")
                .contains("demarc catalog list --services --catalog aws").doesNotContain("'aws.ec2'");
        assertThat(out).doesNotExist();
        CliRunner one = CliRunner.run("new", "-o", out.toString(), "--title", "Shop", "--services", "aws.ec3");
        assertThat(one.err()).contains("no service 'aws.ec3' in catalog");
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws Exception {
        Path out = Files.writeString(dir.resolve("shop.demarc"), "yesterday's work");
        CliRunner r = CliRunner.run("new", "-o", out.toString(), "--title", "Shop");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(r.err()).contains("shop.demarc").contains("already exists");
        assertThat(Files.readString(out)).isEqualTo("yesterday's work");
        CliRunner forced = CliRunner.run("new", "-o", out.toString(), "--title", "Shop", "--force");
        assertThat(forced.exitCode()).as(forced.err()).isEqualTo(ExitCodes.OK);
        assertThat(new ProjectReader().read(out).value().engagement().title()).isEqualTo("Shop");
        assertThat(Files.readString(dir.resolve("shop.demarc.bak"))).isEqualTo("yesterday's work");
    }

    @Test
    void severalCatalogsMakeOneAssessmentOverTheirProvidersThatMatrixExportAndValidateRead() throws Exception {
        Path out = dir.resolve("two.demarc");
        CliRunner r = CliRunner.run("new", "-o", out.toString(), "--title", "Two clouds", "--catalog", "aws",
                "--catalog", "azure", "--services", "aws.s3,azure.appservice");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        Assessment a = new ProjectReader().read(out).value();
        assertThat(a.catalog().parts()).containsExactly(BuiltInCatalog.load("aws"), BuiltInCatalog.load("azure"));
        assertThat(a.scope()).containsExactly("aws.s3", "azure.appservice");
        CliRunner validate = CliRunner.run("validate", out.toString());
        assertThat(validate.exitCode()).as(validate.err()).isEqualTo(ExitCodes.OK);
        assertThat(validate.out()).contains("valid project 'Two clouds': 2 services in scope");
        CliRunner matrix = CliRunner.run("matrix", out.toString(), "--format", "csv");
        assertThat(matrix.exitCode()).as(matrix.err()).isEqualTo(ExitCodes.OK);
        assertThat(matrix.out()).contains("aws.s3", "azure.appservice");
        assertThat(matrix.out().lines().toList().get(1)).isEqualTo("provider,,,,Amazon Web Services,Microsoft Azure");
        Path pdf = dir.resolve("two.pdf");
        CliRunner export = CliRunner.run("export", out.toString(), "-o", pdf.toString());
        assertThat(export.exitCode()).as(export.err()).isEqualTo(ExitCodes.OK);
        assertThat(pdf).isNotEmptyFile();
        CliRunner migrate = CliRunner.run("catalog", "migrate", out.toString(), "--to", "aws", "-o",
                dir.resolve("moved.demarc").toString());
        // Moved part by part: the AWS part to the built-in AWS catalog it already is, Azure kept.
        assertThat(migrate.exitCode()).as(migrate.err()).isEqualTo(ExitCodes.OK);
        assertThat(migrate.out()).contains("Amazon Web Services: '" + BuiltInCatalog.load("aws").name()
                + "' version " + BuiltInCatalog.load("aws").version() + ", kept as it was");
        assertThat(new ProjectReader().read(dir.resolve("moved.demarc")).value().catalog()).isEqualTo(a.catalog());
        // Diffed provider by provider: the AWS part against the built-in AWS catalog, Azure only on one side.
        CliRunner diff = CliRunner.run("catalog", "diff", "aws", out.toString());
        assertThat(diff.exitCode()).as(diff.err()).isEqualTo(ExitCodes.OK);
        List<String> lines = diff.out().lines().toList();
        assertThat(lines).startsWith("== Amazon Web Services ==", lines.get(1), lines.get(2), "",
                "== Microsoft Azure ==");
        String awsName = BuiltInCatalog.load("aws").name();
        assertThat(lines.get(1)).startsWith("Catalog '" + awsName + "'").contains("-> '" + awsName + "'");
        assertThat(lines.get(2)).isEqualTo("No differences: the catalogs have the same services and controls.");
        assertThat(lines.get(5)).startsWith("Only in NEW: '" + BuiltInCatalog.load("azure").name() + "'")
                .contains("OLD has no catalog of this provider");
        CliRunner back = CliRunner.run("catalog", "diff", out.toString(), "azure");
        assertThat(back.exitCode()).as(back.err()).isEqualTo(ExitCodes.OK);
        assertThat(back.out()).startsWith("== Amazon Web Services ==" + System.lineSeparator() + "Only in OLD: ")
                .contains("== Microsoft Azure ==").contains("No differences");
        CliRunner unknown = CliRunner.run("new", "-o", dir.resolve("x.demarc").toString(), "--title", "T",
                "--catalog", "aws", "--catalog", "azure", "--services", "gcp.cloud-run");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("'gcp.cloud-run'", "--catalog aws --catalog azure");
    }

    @Test
    void usageErrors() throws Exception {
        Path out = dir.resolve("x.demarc");
        assertThat(CliRunner.run("new", "-o", out.toString()).exitCode()).as("title missing").isEqualTo(ExitCodes.USAGE);
        CliRunner blank = CliRunner.run("new", "-o", out.toString(), "--title", "  ");
        assertThat(blank.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(blank.err()).contains("--title is empty");
        CliRunner pdf = CliRunner.run("new", "-o", dir.resolve("x.pdf").toString(), "--title", "T");
        assertThat(pdf.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(pdf.err()).contains(".demarc");
        CliRunner two = CliRunner.run("new", "-o", out.toString(), "--title", "T", "--catalog", "aws", "--catalog", "aws");
        assertThat(two.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(two.err()).contains("cannot share one assessment", "are both catalogs of Amazon Web Services");
        Path catalog = Files.write(dir.resolve("mini.json"), MiniFixtures.miniCatalogBytes());
        CliRunner overInput = CliRunner.run("new", "-o", catalog.toString(), "--title", "T", "--catalog",
                catalog.toString(), "--force");
        assertThat(overInput.exitCode()).as("never over its own catalog").isEqualTo(ExitCodes.USAGE);
        assertThat(out).doesNotExist();
    }

    @Test
    void aBrokenCatalogFileIsNamedWithItsProblem() throws Exception {
        Path catalog = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"demarc-catalog\", \"schemaVersion\": 1}");
        Path out = dir.resolve("x.demarc");
        CliRunner r = CliRunner.run("new", "-o", out.toString(), "--title", "T", "--catalog", catalog.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("broken.json");
        assertThat(out).doesNotExist();
    }

    @Test
    void catalogCommandsTakeBuiltInNames() {
        CliRunner services = CliRunner.run("catalog", "list", "--catalog", "aws", "--services");
        assertThat(services.exitCode()).as(services.err()).isEqualTo(ExitCodes.OK);
        assertThat(services.out().lines()).contains("aws.ec2\tAmazon EC2\tINFRASTRUCTURE")
                .hasSize(BuiltInCatalog.load().services().size());
        CliRunner upper = CliRunner.run("catalog", "list", "--catalog", "AWS", "--controls");
        assertThat(upper.exitCode()).isEqualTo(ExitCodes.OK);
        CliRunner diff = CliRunner.run("catalog", "diff", "aws", "aws");
        assertThat(diff.exitCode()).as(diff.err()).isEqualTo(ExitCodes.OK);
        assertThat(diff.out()).contains("No differences");
        for (BuiltInCatalogs.Entry e : BuiltInCatalogs.available()) {
            assertThat(CliRunner.run("catalog", "list", "--catalog", e.name(), "--services").exitCode())
                    .as(e.name()).isEqualTo(ExitCodes.OK);
        }
    }

    @Test
    void aProviderWhoseCatalogIsNotShippedIsAUsageErrorListingTheBuiltInOnes() {
        String missing = java.util.stream.Stream.of("azure", "gcp")
                .filter(n -> BuiltInCatalogs.named(n).isEmpty()).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(missing != null, "every provider's catalog ships");
        CliRunner r = CliRunner.run("catalog", "list", "--catalog", missing, "--services");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("'" + missing + "' is a provider whose catalog this version does not ship")
                .contains("aws");
    }

    @Test
    void migrateTakesABuiltInName() throws Exception {
        Path project = dir.resolve("p.demarc");
        assertThat(CliRunner.run("new", "-o", project.toString(), "--title", "P", "--services", "aws.ec2").exitCode())
                .isEqualTo(ExitCodes.OK);
        CliRunner r = CliRunner.run("catalog", "migrate", project.toString(), "--to", "aws", "-o",
                dir.resolve("moved.demarc").toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(dir.resolve("moved.demarc")).exists();
    }
}
