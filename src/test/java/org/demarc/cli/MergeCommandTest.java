package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.demarc.assessment.SignOffs;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.model.Assessment;
import org.demarc.model.Catalog;
import org.demarc.model.HistoryKind;
import org.demarc.model.Signatory;
import org.demarc.project.ProjectReader;
import org.demarc.project.ProjectWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demarc merge} and {@code demarc merge-driver} on files, as a person runs them. */
class MergeCommandTest {
    static final Assessment BASE = MiniFixtures.miniAssessment();

    @TempDir
    Path dir;

    static Assessment finding(Assessment a, String id, String text) {
        return a.withAnswer(id, a.answers().get(id).withFinding(text));
    }

    static Assessment comment(Assessment a, String id, String text) {
        return a.withAnswer(id, a.answers().get(id).withComment(text));
    }

    Path write(String name, Assessment a) throws Exception {
        return Files.write(dir.resolve(name), ProjectWriter.toBytes(a));
    }

    static Assessment read(Path file) throws Exception {
        return new ProjectReader().read(file).value();
    }

    @Test
    void disjointEditsAreWrittenToTheOutput() throws Exception {
        Path base = write("base.demarc", BASE);
        Path ours = write("ours.demarc", finding(BASE, "OPS-01", "Patched weekly now."));
        Path theirs = write("theirs.demarc", comment(BASE, "DAT-01", "Checked with Jan."));
        Path out = dir.resolve("merged.demarc");

        CliRunner r = CliRunner.run("merge", ours.toString(), theirs.toString(), "--base", base.toString(),
                "-o", out.toString(), "--actor", "Ada");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Wrote " + out + ": 1 change taken from " + theirs);
        Assessment m = read(out);
        assertThat(m.answers().get("OPS-01").finding()).isEqualTo("Patched weekly now.");
        assertThat(m.answers().get("DAT-01").comment()).isEqualTo("Checked with Jan.");
        assertThat(m.history().get(m.history().size() - 1).kind()).isEqualTo(HistoryKind.MERGED);
        assertThat(m.history().get(m.history().size() - 1).actor()).isEqualTo("Ada");
        assertThat(org.demarc.project.ProjectSchemas.violations(org.demarc.project.ProjectSchemas.ASSESSMENT_ID,
                Files.readAllBytes(out))).as("the MERGED event is in the schema").isEmpty();
    }

    @Test
    void conflictsAreListedAndNothingIsWrittenUnlessASideIsPreferred() throws Exception {
        Path base = write("base.demarc", BASE);
        Path ours = write("ours.demarc", finding(BASE, "OPS-01", "Ours: weekly.").withEngagement(
                BASE.engagement().withTitle("Ours")));
        Path theirs = write("theirs.demarc", finding(comment(BASE, "DAT-01", "Checked."), "OPS-01", "Theirs: daily.")
                .withEngagement(BASE.engagement().withTitle("Theirs")));
        Path out = dir.resolve("merged.demarc");

        CliRunner r = CliRunner.run("merge", ours.toString(), theirs.toString(), "--base", base.toString(),
                "-o", out.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err().lines()).containsExactly("engagement title: ours 'Ours', theirs 'Theirs'",
                "OPS-01 finding: ours 'Ours: weekly.', theirs 'Theirs: daily.'",
                "2 conflicts, nothing written. Choose a side for all of them with --prefer ours or --prefer theirs, "
                        + "or settle them in one of the files and merge again.");
        assertThat(out).doesNotExist();

        CliRunner preferred = CliRunner.run("merge", ours.toString(), theirs.toString(), "--base", base.toString(),
                "-o", out.toString(), "--prefer", "theirs");
        assertThat(preferred.exitCode()).as(preferred.err()).isEqualTo(ExitCodes.OK);
        assertThat(preferred.out()).contains("OPS-01 finding: ours 'Ours: weekly.', theirs 'Theirs: daily.'")
                .contains("2 conflicts resolved for theirs");
        Assessment m = read(out);
        assertThat(m.answers().get("OPS-01").finding()).isEqualTo("Theirs: daily.");
        assertThat(m.answers().get("DAT-01").comment()).isEqualTo("Checked.");
        assertThat(m.engagement().title()).isEqualTo("Theirs");
    }

    @Test
    void withoutABaseADifferenceIsAConflict() throws Exception {
        Path ours = write("ours.demarc", finding(BASE, "OPS-01", "Patched weekly now."));
        Path theirs = write("theirs.demarc", BASE);
        Path out = dir.resolve("merged.demarc");

        CliRunner r = CliRunner.run("merge", ours.toString(), theirs.toString(), "-o", out.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).startsWith("OPS-01 finding: ours 'Patched weekly now.', theirs '"
                + BASE.answers().get("OPS-01").finding() + "'");
        assertThat(out).doesNotExist();
    }

    @Test
    void anotherCatalogVersionIsRefusedAndSaysToMigrate() throws Exception {
        Catalog c = BASE.catalog();
        Catalog next = new Catalog(c.id(), c.name(), "2.0", c.provider(), c.categories(), c.domains(), c.services(),
                c.controls());
        Path ours = write("ours.demarc", BASE);
        Path theirs = write("theirs.demarc", new Assessment(BASE.engagement(), next, BASE.scope(), BASE.answers(),
                null, BASE.history()));
        Path out = dir.resolve("merged.demarc");

        CliRunner r = CliRunner.run("merge", ours.toString(), theirs.toString(), "-o", out.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("theirs.demarc uses '" + c.name() + "' version 2.0").contains("demarc catalog migrate");
        assertThat(out).doesNotExist();
    }

    @Test
    void aSignedOffCopyIsRefusedUnlessReopened() throws Exception {
        Signatory lead = new Signatory("Lee Lead", "Lead", "Audit Co", LocalDate.of(2026, 12, 1), "I confirm.");
        Path base = write("base.demarc", BASE);
        Path ours = write("ours.demarc", SignOffs.signOff(BASE, List.of(lead), Instant.parse("2026-12-01T09:00:00Z"), "Lee"));
        Path theirs = write("theirs.demarc", finding(BASE, "OPS-01", "Patched weekly now."));
        Path out = dir.resolve("merged.demarc");

        CliRunner refused = CliRunner.run("merge", ours.toString(), theirs.toString(), "--base", base.toString(),
                "-o", out.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(refused.err()).contains("ours.demarc is signed off").contains("--reopen");
        assertThat(out).doesNotExist();

        CliRunner reopened = CliRunner.run("merge", ours.toString(), theirs.toString(), "--base", base.toString(),
                "-o", out.toString(), "--reopen");
        assertThat(reopened.exitCode()).as(reopened.err()).isEqualTo(ExitCodes.OK);
        Assessment m = read(out);
        assertThat(m.isSignedOff()).isFalse();
        assertThat(m.history()).extracting(h -> h.kind()).contains(HistoryKind.REOPENED, HistoryKind.MERGED);
    }

    @Test
    void theOutputMayNotBeAnInput() throws Exception {
        Path ours = write("ours.demarc", finding(BASE, "OPS-01", "Patched weekly now."));
        Path theirs = write("theirs.demarc", BASE);
        byte[] before = Files.readAllBytes(ours);

        CliRunner r = CliRunner.run("merge", ours.toString(), theirs.toString(), "-o", ours.toString(),
                "--prefer", "ours");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("ours.demarc");
        assertThat(Files.readAllBytes(ours)).isEqualTo(before);
        assertThat(CliRunner.run("merge", ours.toString(), theirs.toString(), "--base", theirs.toString(), "-o",
                theirs.toString(), "--prefer", "ours").exitCode()).as("the base too").isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("merge", ours.toString(), theirs.toString(), "-o", dir.resolve("m.pdf").toString())
                .exitCode()).as("a project file's extension").isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theDriverWritesTheMergeIntoOursOrLeavesOursOnConflicts() throws Exception {
        Path base = write("base.demarc", BASE);
        Path ours = write("ours.demarc", finding(BASE, "OPS-01", "Patched weekly now."));
        Path theirs = write("theirs.demarc", comment(BASE, "DAT-01", "Checked with Jan."));

        CliRunner clean = CliRunner.run("merge-driver", base.toString(), ours.toString(), theirs.toString());
        assertThat(clean.exitCode()).as(clean.err()).isEqualTo(ExitCodes.OK);
        Assessment m = read(ours);
        assertThat(m.answers().get("OPS-01").finding()).isEqualTo("Patched weekly now.");
        assertThat(m.answers().get("DAT-01").comment()).isEqualTo("Checked with Jan.");
        assertThat(dir.resolve("ours.demarc.bak")).doesNotExist();

        Files.write(theirs, ProjectWriter.toBytes(finding(BASE, "OPS-01", "Theirs: daily.")));
        byte[] oursBefore = Files.readAllBytes(ours);
        CliRunner conflicted = CliRunner.run("merge-driver", base.toString(), ours.toString(), theirs.toString());
        assertThat(conflicted.exitCode()).isEqualTo(1);
        assertThat(conflicted.err()).contains("OPS-01 finding: ours 'Patched weekly now.', theirs 'Theirs: daily.'")
                .contains("1 conflict: " + ours + " keeps our side.");
        assertThat(Files.readAllBytes(ours)).isEqualTo(oursBefore);
    }

    @Test
    void anEmptyAncestorFromGitIsAMergeWithoutBase() throws Exception {
        Path base = Files.write(dir.resolve("base.demarc"), new byte[0]);
        Path ours = write("ours.demarc", finding(BASE, "OPS-01", "Patched weekly now."));
        Path theirs = write("theirs.demarc", BASE);

        CliRunner r = CliRunner.run("merge-driver", base.toString(), ours.toString(), theirs.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).startsWith("OPS-01 finding: ours 'Patched weekly now.', theirs '");
    }

    @Test
    void preferTakesEitherSideInAnyCaseAndNothingElse() throws Exception {
        Path ours = write("ours.demarc", finding(BASE, "OPS-01", "Patched weekly now."));
        Path theirs = write("theirs.demarc", BASE);
        Path out = dir.resolve("merged.demarc");

        CliRunner wrong = CliRunner.run("merge", ours.toString(), theirs.toString(), "-o", out.toString(),
                "--prefer", "mine");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains("--prefer");
        assertThat(out).doesNotExist();

        CliRunner upper = CliRunner.run("merge", ours.toString(), theirs.toString(), "-o", out.toString(),
                "--prefer", "OURS");
        assertThat(upper.exitCode()).as(upper.err()).isEqualTo(ExitCodes.OK);
        assertThat(read(out).answers().get("OPS-01").finding()).isEqualTo("Patched weekly now.");
    }
}
