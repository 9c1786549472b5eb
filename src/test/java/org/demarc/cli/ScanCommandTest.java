package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.demarc.model.Answer;
import org.demarc.model.Assessment;
import org.demarc.model.HistoryKind;
import org.demarc.model.ScanEvidence;
import org.demarc.project.ProjectReader;
import org.demarc.project.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demarc scan import}: suggestions printed, evidence recorded only on --accept-all, no status changed. */
class ScanCommandTest {
    @TempDir
    Path dir;
    Path project;
    Path scan;

    @BeforeEach
    void files() throws Exception {
        project = Files.write(dir.resolve("webshop.demarc"), Samples.webshopBytes());
        scan = copySample("example_output_aws.ocsf.json", "prowler.ocsf.json");
    }

    private Path copySample(String sample, String name) throws java.io.IOException {
        try (var in = ScanCommandTest.class.getResourceAsStream("/org/demarc/interop/scan/" + sample)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    @Test
    void withoutAcceptAllTheSuggestionsArePrintedAndNothingIsWritten() {
        Path out = dir.resolve("new.demarc");
        CliRunner r = CliRunner.run("scan", "import", project.toString(), scan.toString(), "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Scan prowler.ocsf.json: OCSF Detection Finding JSON by Prowler, cloud aws, "
                        + "scanned 2025-02-14, 5 findings")
                .contains("IAM-01 IAM permissions and least privilege: 0 passed, 1 failed, 0 manual; highest severity "
                        + "low; suggests Not implemented (via service)")
                .contains("INC-03").contains("[no answer yet")
                .contains("Nothing written");
        assertThat(out).doesNotExist();
    }

    @Test
    void anAzureScanMakesSuggestionsForANewAzureProject() throws Exception {
        Path azure = dir.resolve("azure.demarc");
        CliRunner created = CliRunner.run("new", "-o", azure.toString(), "--title", "Azure", "--catalog", "azure",
                "--services", "all");
        assertThat(created.exitCode()).as(created.err()).isZero();
        Path csv = copySample("example_output_azure.csv", "prowler-azure.csv");
        Path out = dir.resolve("new.demarc");
        CliRunner r = CliRunner.run("scan", "import", azure.toString(), csv.toString(), "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Prowler CSV by Prowler, cloud azure, scanned 2025-02-14, 4 findings")
                .contains("4 findings support 11 controls; 0 reached no control")
                .contains("CNT-01 Kubernetes and container workload security: 2 passed, 0 failed, 0 manual")
                .contains("Nothing written");
        assertThat(out).doesNotExist();
    }

    @Test
    void evidenceOnlyRecordsEvidenceOnAnsweredControlsAndKeepsEveryStatus() throws Exception {
        Path out = dir.resolve("new.demarc");
        CliRunner r = CliRunner.run("scan", "import", project.toString(), scan.toString(), "-o", out.toString(),
                "--evidence-only", "--actor", "Alex");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote " + out + ": scanner evidence recorded on 1 controls; suggested status "
                + "taken on 0 (answering 0 unanswered ones); 2 controls left out for want of an answer.");
        Assessment before = Samples.webshop();
        Assessment after = new ProjectReader().read(out).value();
        for (String id : before.answers().keySet()) {
            assertThat(after.answers().get(id).status()).as(id).isEqualTo(before.answers().get(id).status());
        }
        Answer iam = after.answers().get("IAM-01");
        assertThat(iam.scanEvidence()).singleElement().satisfies(e -> {
            assertThat(e.tool()).isEqualTo("Prowler");
            assertThat(e.scanFile()).isEqualTo("prowler.ocsf.json");
            assertThat(e.failed()).isEqualTo(1);
            assertThat(e.checks()).containsExactly("accessanalyzer_enabled");
            assertThat(e.sha256()).matches("[0-9a-f]{64}");
        });
        assertThat(after.history()).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(HistoryKind.IMPORTED);
            assertThat(e.actor()).isEqualTo("Alex");
        });
        assertThat(project).hasBinaryContent(Samples.webshopBytes());

        // Importing the same scan again replaces its evidence rather than adding a copy.
        Path again = dir.resolve("again.demarc");
        CliRunner second = CliRunner.run("scan", "import", out.toString(), scan.toString(), "-o", again.toString(),
                "--evidence-only");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(new ProjectReader().read(again).value().answers().get("IAM-01").scanEvidence())
                .extracting(ScanEvidence::sha256).hasSize(1);
    }

    @Test
    void acceptAllTakesEverySuggestedStatusAndAnswersTheControlsWithoutAnAnswer() throws Exception {
        Path out = dir.resolve("accepted.demarc");
        CliRunner r = CliRunner.run("scan", "import", project.toString(), scan.toString(), "-o", out.toString(),
                "--accept-all", "--internal");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Assessment before = Samples.webshop();
        Assessment after = new ProjectReader().read(out).value();
        java.util.Map<String, org.demarc.model.AnswerStatus> suggested = new java.util.TreeMap<>();
        org.demarc.interop.scan.ScanSuggestions.of(before, scan).suggestions()
                .forEach(c -> suggested.put(c.controlId(), c.suggested()));
        assertThat(suggested).containsOnlyKeys("IAM-01", "DAT-04", "INC-03");
        suggested.forEach((id, status) -> {
            assertThat(after.answers().get(id).status()).as(id).isEqualTo(status);
            assertThat(after.answers().get(id).scanEvidence()).singleElement()
                    .satisfies(e -> assertThat(e.internal()).as("--internal").isTrue());
        });
        assertThat(before.answers()).doesNotContainKeys("DAT-04", "INC-03");
        assertThat(r.out()).contains("recorded on 3 controls; suggested status taken on 1 (answering 2 unanswered ones)");
        assertThat(java.nio.file.Files.readString(out)).contains("\"internal\": true");
        before.answers().keySet().stream().filter(id -> !suggested.containsKey(id)).forEach(id ->
                assertThat(after.answers().get(id).status()).as(id).isEqualTo(before.answers().get(id).status()));
    }

    @Test
    void aScanOfAnotherCloudOrABrokenScanIsRefusedWithWhereAndWhy() throws Exception {
        Path gcp = Files.writeString(dir.resolve("gcp.csv"), "PROVIDER;CHECK_ID;STATUS;SERVICE_NAME\ngcp;x;PASS;iam\n");
        CliRunner r = CliRunner.run("scan", "import", project.toString(), gcp.toString(), "--dry-run");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("gcp.csv").contains("the scan is of 'gcp' but the project covers aws");

        Path cut = Files.writeString(dir.resolve("cut.json"), "[{\"metadata\": {\"event_code\": \"x\"");
        CliRunner broken = CliRunner.run("scan", "import", project.toString(), cut.toString(), "--dry-run");
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(broken.err()).contains("cut.json").contains("line 1").contains("cut off");
    }
}
