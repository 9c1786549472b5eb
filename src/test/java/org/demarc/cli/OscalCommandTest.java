package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.demarc.interop.oscal.Baseline;
import org.demarc.interop.oscal.OscalExport;
import org.demarc.project.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demarc oscal} and {@code demarc oscal import-component}. */
class OscalCommandTest {
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void files() throws Exception {
        project = Files.write(dir.resolve("webshop.demarc"), Samples.webshopBytes());
    }

    @Test
    void writesTheSetIntoANewFolderWithTheChosenBaseline() throws Exception {
        Path out = dir.resolve("oscal");
        CliRunner r = CliRunner.run("oscal", project.toString(), "-o", out.toString(), "--baseline", "low");
        assertThat(r.exitCode()).as(r.err()).isZero();
        OscalExport.Summary expected = OscalExport.documents(Samples.webshop(), Baseline.LOW);
        assertThat(r.out()).isEqualTo("Wrote 6 OSCAL files into " + out + ": " + expected.implementedRequirements()
                + " implemented requirements, " + expected.inheritedStatements() + " inherited and "
                + expected.satisfiedStatements() + " satisfied statements." + System.lineSeparator());
        for (var e : expected.files().entrySet()) {
            assertThat(Files.readAllBytes(out.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(CliRunner.run("oscal", project.toString(), "-o", out.toString(), "--baseline", "low").exitCode())
                .as("a second export replaces the first").isZero();
    }

    @Test
    void refusesAWrongBaselineAFileAsFolderAndAMissingOutput() throws Exception {
        CliRunner bad = CliRunner.run("oscal", project.toString(), "-o", dir.resolve("o").toString(), "--baseline", "extreme");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("'extreme' is no baseline; choose low, moderate or high");
        Path file = Files.writeString(dir.resolve("taken.txt"), "x");
        CliRunner asFolder = CliRunner.run("oscal", project.toString(), "-o", file.toString());
        assertThat(asFolder.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(asFolder.err()).contains(file.toString(), "it is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("x");
        assertThat(CliRunner.run("oscal", project.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(DemarcCommand.SUBCOMMANDS).contains("oscal");
    }

    @Test
    void importComponentListsTheServicesTheCatalogKnows() throws Exception {
        Path def = Files.writeString(dir.resolve("aws.json"), """
                {"component-definition": {"uuid": "a3b1c2d4-0000-4000-8000-000000000001",
                  "metadata": {"title": "AWS services", "last-modified": "2026-01-01T00:00:00Z",
                               "version": "1", "oscal-version": "1.1.3"},
                  "components": [
                    {"uuid": "a3b1c2d4-0000-4000-8000-000000000002", "type": "service",
                     "title": "Amazon Elastic Compute Cloud (EC2)", "description": "compute"},
                    {"uuid": "a3b1c2d4-0000-4000-8000-000000000003", "type": "service",
                     "title": "Amazon S3", "description": "storage"},
                    {"uuid": "a3b1c2d4-0000-4000-8000-000000000004", "type": "service",
                     "title": "Something Demarc does not know", "description": "?"}
                  ]}}
                """, StandardCharsets.UTF_8);
        CliRunner r = CliRunner.run("oscal", "import-component", def.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String n = System.lineSeparator();
        assertThat(r.out()).isEqualTo("known\tAmazon Elastic Compute Cloud (EC2)\taws.ec2\tAmazon EC2" + n
                + "known\tAmazon S3\taws.s3\tAmazon S3" + n
                + "unknown\tSomething Demarc does not know" + n
                + "2 of 3 components are services the catalog knows." + n);
    }

    @Test
    void hostileComponentDefinitionsGetLocatedMessagesAndAreNotChanged() throws Exception {
        String[][] cases = {
                {"{\"component-definition\": {\"components\": [{\"title\": 7}]}}", "/component-definition/components/0/title"},
                {"{\"component-definition\": {\"components\": {}}}", "/component-definition/components"},
                {"{\"catalog\": {}}", "/component-definition"},
                {"[1, 2]", ""},
                {"{\"component-definition\": ", ""},
                {"[".repeat(5_000) + "]".repeat(5_000), ""},
        };
        for (String[] c : cases) {
            Path f = Files.writeString(dir.resolve("hostile.json"), c[0], StandardCharsets.UTF_8);
            CliRunner r = CliRunner.run("oscal", "import-component", f.toString());
            assertThat(r.exitCode()).as(c[0].length() > 60 ? "deep" : c[0]).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(r.err()).contains(f.toString()).contains(c[1]).doesNotContain("Exception");
            assertThat(Files.readString(f)).isEqualTo(c[0]);
        }
    }
}
