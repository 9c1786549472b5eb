package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.demarc.assessment.diff.AssessmentDiffTest;
import org.demarc.interop.questionnaire.Column;
import org.demarc.interop.questionnaire.Respondent;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.HistoryKind;
import org.demarc.project.ProjectReader;
import org.demarc.project.ProjectWriter;
import org.demarc.project.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demarc questionnaire}, {@code findings}, {@code diff} and {@code carry-forward}. */
class InteropCommandsTest {
    @TempDir
    Path dir;
    Path project;
    Path questions;

    @BeforeEach
    void files() throws Exception {
        project = Files.write(dir.resolve("webshop.demarc"), Samples.webshopBytes());
        questions = dir.resolve("questions.xlsx");
    }

    private byte[] filledIn() throws Exception {
        CliRunner r = CliRunner.run("questionnaire", "export", project.toString(), "-o", questions.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (Respondent resp = new Respondent(Files.readAllBytes(questions))) {
            resp.type("GOV-01", Column.STATUS, "Implemented").type("GOV-01", Column.OWNER, "CISO");
            resp.type("GOV-02", Column.STATUS, "Maybe");
            return resp.save();
        }
    }

    @Test
    void exportWritesTheOpenQuestionsAndRefusesToOverwrite() {
        CliRunner r = CliRunner.run("questionnaire", "export", project.toString(), "-o", questions.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEqualTo("Wrote " + questions + ": 45 questions. The export is recorded in " + project
                + " (which controls went out, the key of the row hashes): keep that file to import the answers."
                + System.lineSeparator());
        assertThat(r.err()).as("POI logs nothing into our output").isEmpty();
        CliRunner again = CliRunner.run("questionnaire", "export", project.toString(), "-o", questions.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(again.err()).contains("the file already exists");
    }

    @Test
    void exportIsRecordedInTheProjectAndRefusedWhileTheProjectIsOpenInTheGui() throws Exception {
        CliRunner r = CliRunner.run("questionnaire", "export", project.toString(), "-o", questions.toString(),
                "--actor", "Alex");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Assessment recorded = new ProjectReader().read(project).value();
        assertThat(recorded.history()).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(HistoryKind.QUESTIONNAIRE_SENT);
            assertThat(e.actor()).isEqualTo("Alex");
            assertThat(e.questionnaire().controls()).hasSize(45);
        });
        assertThat(org.demarc.project.ProjectFiles.backupOf(project)).hasBinaryContent(Samples.webshopBytes());

        Files.writeString(org.demarc.project.ProjectLock.lockFileOf(project), "user=sam\nhost=h\npid=1\n");
        Path second = dir.resolve("second.xlsx");
        CliRunner locked = CliRunner.run("questionnaire", "export", project.toString(), "-o", second.toString());
        assertThat(locked.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(locked.err()).contains("is open in Demarc (sam").contains("close it there first");
        assertThat(second).doesNotExist();
    }

    @Test
    void exportOneDomainAllQuestions() {
        CliRunner r = CliRunner.run("questionnaire", "export", project.toString(), "-o", questions.toString(),
                "--domain", "Network and communications protection", "--all");
        assertThat(r.out()).contains(": 7 questions.");
        CliRunner bad = CliRunner.run("questionnaire", "export", project.toString(), "-o",
                dir.resolve("x.xlsx").toString(), "--domain", "nope");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("no domain 'nope'").contains("governance, physical");
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
    }

    @Test
    void importWithInvalidRowsPrintsThePreviewAndWritesNothing() throws Exception {
        Path returned = Files.write(dir.resolve("returned.xlsx"), filledIn());
        Path out = dir.resolve("new.demarc");
        CliRunner r = CliRunner.run("questionnaire", "import", project.toString(), returned.toString(), "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).contains("2 answers to review: 1 new, 0 changed, 0 in conflict, 1 invalid; 43 rows unchanged.")
                .contains("  new       GOV-01")
                .contains("    Status: '' -> 'Implemented'  ('Governance and provider'!G2)")
                .contains("  invalid   GOV-02")
                .contains("error at 'Governance and provider'!G3: 'Maybe' is not a status; choose one of: "
                        + "Implemented, Partial, Not implemented, Not applicable, Alternative");
        assertThat(r.err()).contains("Nothing written: 1 rows hold invalid values");
        assertThat(out).doesNotExist();

        CliRunner skip = CliRunner.run("questionnaire", "import", project.toString(), returned.toString(), "-o",
                out.toString(), "--skip-invalid", "--actor", "Alex");
        assertThat(skip.exitCode()).as(skip.err()).isEqualTo(ExitCodes.OK);
        assertThat(skip.out()).contains("Wrote " + out + ": 1 answers taken, 0 rejected, 1 invalid rows left out.");
        Assessment written = new ProjectReader().read(out).value();
        assertThat(written.answers().get("GOV-01").status()).isEqualTo(AnswerStatus.IMPLEMENTED);
        assertThat(written.answers().get("GOV-01").owner()).isEqualTo("CISO");
        assertThat(written.answers()).doesNotContainKey("GOV-02");
        assertThat(written.history().get(written.history().size() - 1).kind()).isEqualTo(HistoryKind.IMPORTED);
        assertThat(new ProjectReader().read(project).value().answers()).as("the import never writes the project itself")
                .isEqualTo(Samples.webshop().answers());
    }

    @Test
    void conflictsNeedAcceptAll() throws Exception {
        CliRunner.run("questionnaire", "export", project.toString(), "-o", questions.toString(), "--all");
        byte[] returned;
        try (Respondent resp = new Respondent(Files.readAllBytes(questions))) {
            returned = resp.type("NET-01", Column.FINDING, "Closed").save();
        }
        Path q = Files.write(dir.resolve("returned.xlsx"), returned);
        // The auditor edits NET-01 after sending the questionnaire.
        Assessment edited = new ProjectReader().read(project).value();
        edited = edited.withAnswer("NET-01", edited.answers().get("NET-01").withFinding("Restricted to VPN"));
        Files.write(project, ProjectWriter.toBytes(edited));

        CliRunner kept = CliRunner.run("questionnaire", "import", project.toString(), q.toString(), "-o",
                dir.resolve("kept.demarc").toString());
        assertThat(kept.exitCode()).isZero();
        assertThat(kept.out()).contains("  conflict  NET-01")
                .contains("Finding: 'Restricted to VPN' in the assessment (changed since the export), 'Closed' in the "
                        + "questionnaire")
                .contains("1 conflicts kept as they are in the assessment");
        assertThat(new ProjectReader().read(dir.resolve("kept.demarc")).value().answers().get("NET-01").finding())
                .isEqualTo("Restricted to VPN");

        CliRunner taken = CliRunner.run("questionnaire", "import", project.toString(), q.toString(), "-o",
                dir.resolve("taken.demarc").toString(), "--accept-all");
        assertThat(taken.out()).contains("1 answers taken, 0 rejected");
        assertThat(new ProjectReader().read(dir.resolve("taken.demarc")).value().answers().get("NET-01").finding())
                .isEqualTo("Closed");
    }

    @Test
    void dryRunAndRefusedWorkbooks() throws Exception {
        Path returned = Files.write(dir.resolve("returned.xlsx"), filledIn());
        CliRunner dry = CliRunner.run("questionnaire", "import", project.toString(), returned.toString(), "--dry-run");
        assertThat(dry.out()).contains("Dry run: nothing was written.");
        assertThat(dry.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);

        Path notXlsx = Files.writeString(dir.resolve("fake.xlsx"), "hello");
        CliRunner bad = CliRunner.run("questionnaire", "import", project.toString(), notXlsx.toString(), "-o",
                dir.resolve("n.demarc").toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(bad.err()).startsWith(notXlsx + ": error at /: not a readable Excel workbook (.xlsx)");
        assertThat(dir.resolve("n.demarc")).doesNotExist();

        Path other = Files.write(dir.resolve("other.demarc"), ProjectWriter.toBytes(MiniFixtures.miniAssessment()));
        Path otherQ = dir.resolve("other.xlsx");
        CliRunner.run("questionnaire", "export", other.toString(), "-o", otherQ.toString());
        CliRunner wrong = CliRunner.run("questionnaire", "import", project.toString(), otherQ.toString(), "-o",
                dir.resolve("n.demarc").toString());
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(wrong.err()).contains("this questionnaire belongs to another assessment: 'Payments platform review'");

        CliRunner missing = CliRunner.run("questionnaire", "import", project.toString(), returned.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void findingsAsCsvWithBomAndAsXlsx() throws Exception {
        Path csv = dir.resolve("findings.csv");
        CliRunner r = CliRunner.run("findings", project.toString(), "-o", csv.toString(), "--bom");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains(": 5 findings.");
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n8,NET-01,");
        Path xlsx = dir.resolve("findings.xlsx");
        assertThat(CliRunner.run("findings", project.toString(), "-o", xlsx.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(xlsx)).startsWith((byte) 'P', (byte) 'K');
        CliRunner pdf = CliRunner.run("findings", project.toString(), "-o", dir.resolve("f.pdf").toString());
        assertThat(pdf.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(pdf.err()).contains("is neither .xlsx nor .csv");
    }

    @Test
    void diffOfTwoHandMadeAssessments() throws Exception {
        Assessment before = AssessmentDiffTest.assessment(MiniFixtures.miniCatalog(), java.util.List.of("t.vm", "t.db"),
                Map.of("OPS-01", AnswerStatus.PARTIAL, "DAT-01", AnswerStatus.IMPLEMENTED));
        Assessment after = AssessmentDiffTest.assessment(MiniFixtures.miniCatalog(), java.util.List.of("t.vm"),
                Map.of("OPS-01", AnswerStatus.IMPLEMENTED, "DAT-01", AnswerStatus.PARTIAL));
        Path a = Files.write(dir.resolve("2026.demarc"), ProjectWriter.toBytes(before));
        Path b = Files.write(dir.resolve("2027.demarc"), ProjectWriter.toBytes(after));
        CliRunner r = CliRunner.run("diff", a.toString(), b.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().replace("\r\n", "\n")).contains("Services removed from the scope (1):\n  t.db\n")
                .contains("Answers improved (1):\n  OPS-01")
                .contains("Partial -> Implemented")
                .contains("Answers worsened (1):\n  DAT-01")
                .contains("New gaps (1):\n  DAT-01")
                .contains("Closed gaps (1):\n  OPS-01")
                .contains("Answers unchanged: 0");
    }

    @Test
    void carryForwardWritesANewFileOnly() throws Exception {
        Path next = dir.resolve("webshop-2027.demarc");
        CliRunner r = CliRunner.run("carry-forward", project.toString(), "-o", next.toString(), "--title", "Web shop 2027");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("'Web shop 2027' carried forward with 14 answers flagged for review");
        Assessment a = new ProjectReader().read(next).value();
        assertThat(a.answers().values()).allMatch(ans -> ans.flagged());
        assertThat(a.history()).singleElement().extracting(h -> h.kind()).isEqualTo(HistoryKind.CARRIED_FORWARD);
        assertThat(CliRunner.run("carry-forward", project.toString(), "-o", project.toString()).exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(DemarcCommand.SUBCOMMANDS).contains("questionnaire", "findings", "diff", "carry-forward");
    }
}
