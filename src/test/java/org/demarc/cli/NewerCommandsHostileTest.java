package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.demarc.project.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output, terminal and bounded-work rules of {@link OutputsDestroyNoInputTest} and
 * {@link HostileCommandLineTest}, attacked on the commands added after them: oscal, unbundle, bundle,
 * sign, merge, new, handout, compare-providers, portfolio, diff, catalog diff, export of a Word copy.
 */
class NewerCommandsHostileTest {
    static final String HOSTILE = "\u001b]0;owned\u0007\u001b[2J\u202eevil";

    private final byte[] projectBytes = Samples.webshopBytes();
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void writeTheSample() throws Exception {
        project = Files.write(dir.resolve("p.demarc"), projectBytes);
    }

    private static void mkfifo(Path p) throws Exception {
        new ProcessBuilder("mkfifo", p.toString()).start().waitFor();
    }

    @Test
    void oscalNeverReplacesItsInputNorAFileOfAnotherKindInTheFolder() throws Exception {
        // A project may be named .json: one named like an OSCAL document, in the folder written to.
        Path folder = Files.createDirectories(dir.resolve("oscal"));
        Path named = Files.write(folder.resolve("ssp.json"), projectBytes);
        CliRunner input = CliRunner.run("oscal", named.toString(), "-o", folder.toString());
        assertThat(input.exitCode()).as(input.out()).isEqualTo(ExitCodes.USAGE);
        assertThat(input.err()).contains("the output is the input file");
        assertThat(Files.readAllBytes(named)).isEqualTo(projectBytes);

        Path notes = Files.writeString(Files.createDirectories(dir.resolve("o2")).resolve("poam.json"), "my notes");
        CliRunner other = CliRunner.run("oscal", project.toString(), "-o", notes.getParent().toString());
        assertThat(other.exitCode()).as(other.out()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(other.err()).startsWith(notes + ": ").contains("not a file of the kind");
        assertThat(notes).hasContent("my notes");
        assertThat(notes.resolveSibling("ssp.json")).as("nothing written before the check").doesNotExist();
        CliRunner forced = CliRunner.run("oscal", project.toString(), "-o", notes.getParent().toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(CliRunner.run("oscal", project.toString(), "-o", notes.getParent().toString()).exitCode())
                .as("an earlier OSCAL export is replaced").isZero();

        Path target = Files.writeString(dir.resolve("elsewhere.json"), "someone else's");
        Path links = Files.createDirectories(dir.resolve("o3"));
        Files.createSymbolicLink(links.resolve("assessment-plan.json"), target);
        mkfifo(links.resolve("ssp.json"));
        CliRunner linked = CliRunner.run("oscal", project.toString(), "-o", links.toString(), "--force");
        assertThat(linked.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(target).hasContent("someone else's");
        assertThat(Files.isSymbolicLink(links.resolve("assessment-plan.json"))).isTrue();
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void unbundleRefusesAPipeAndALinkAsItsFolder() throws Exception {
        Path bundle = dir.resolve("b.demarcz");
        assertThat(CliRunner.run("bundle", project.toString(), "-o", bundle.toString()).exitCode()).isZero();
        Path fifo = dir.resolve("fifo");
        mkfifo(fifo);
        CliRunner pipe = CliRunner.run("unbundle", bundle.toString(), "-d", fifo.toString());
        assertThat(pipe.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(pipe.err()).startsWith(fifo + ": ").contains("not a folder");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), empty);
        CliRunner linked = CliRunner.run("unbundle", bundle.toString(), "-d", link.toString());
        assertThat(linked.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(linked.err()).contains("link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        Path file = Files.writeString(dir.resolve("notes.txt"), "notes");
        assertThat(CliRunner.run("unbundle", bundle.toString(), "-d", file.toString()).err()).contains("not a folder");
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("p.demarc"), "mine");
        assertThat(CliRunner.run("unbundle", bundle.toString(), "-d", full.toString()).exitCode())
                .isEqualTo(ExitCodes.IO_ERROR);
        assertThat(full.resolve("p.demarc")).hasContent("mine");
    }

    @Test
    void theNewerWritingCommandsRefuseInputsOtherKindsLinksAndPipes() throws Exception {
        Path keyStore = org.demarc.report.TestKeysAccess.keyStore(dir);
        Path password = Files.writeString(dir.resolve("pw.demarc"), "secret");
        Path other = Files.write(dir.resolve("other.demarc"), projectBytes);
        Path hardLink = Files.createLink(dir.resolve("hard.docx"), project);
        Path fifo = dir.resolve("fifo.demarc");
        mkfifo(fifo);
        Path notes = Files.writeString(dir.resolve("notes.pdf"), "notes");
        Path docNotes = Files.writeString(dir.resolve("notes.docx"), "notes");
        Path bundleNotes = Files.writeString(dir.resolve("notes.demarcz"), "notes");
        Path pdfLink = Files.createSymbolicLink(dir.resolve("link.pdf"), notes);
        List<List<String>> attacks = List.of(
                List.of("sign", project.toString(), "--sign", keyStore.toString(), "--password-file",
                        password.toString(), "-o", password.toString()),
                List.of("sign", project.toString(), "--sign", keyStore.toString(), "--password-file",
                        password.toString(), "-o", keyStore.toString()),
                List.of("merge", project.toString(), other.toString(), "-o", other.toString()),
                List.of("merge", project.toString(), other.toString(), "-o", fifo.toString()),
                List.of("merge-driver", project.toString(), other.toString(), fifo.toString()),
                List.of("new", "--title", "x", "--catalog", project.toString(), "-o", project.toString(), "--force"),
                List.of("new", "--title", "x", "-o", fifo.toString(), "--force"),
                List.of("handout", project.toString(), "-o", notes.toString()),
                List.of("handout", project.toString(), "-o", pdfLink.toString(), "--force"),
                List.of("export", project.toString(), "-o", hardLink.toString()),
                List.of("export", project.toString(), "-o", docNotes.toString()),
                List.of("compare-providers", "aws.s3", "-o", project.toString()),
                List.of("compare-providers", "aws.s3", "--format", "csv", "-o", "/dev/null"),
                List.of("portfolio", dir.toString(), "-o", project.toString()),
                List.of("bundle", project.toString(), "-o", bundleNotes.toString()),
                List.of("bundle", project.toString(), "-o", project.toString()),
                List.of("carry-forward", project.toString(), "-o", hardLink.toString()),
                List.of("scan", "import", project.toString(), other.toString(), "-o", other.toString(),
                        "--accept-all"));
        for (List<String> attack : attacks) {
            CliRunner r = CliRunner.run(attack.toArray(String[]::new));
            assertThat(r.exitCode()).as(attack + ": " + r.err()).isIn(ExitCodes.USAGE, ExitCodes.IO_ERROR,
                    ExitCodes.INVALID_INPUT);
            assertThat(r.out()).as(String.join(" ", attack)).doesNotContain("Wrote");
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(Files.readAllBytes(project)).isEqualTo(projectBytes);
        assertThat(Files.readAllBytes(other)).isEqualTo(projectBytes);
        assertThat(password).hasContent("secret");
        assertThat(notes).hasContent("notes");
        assertThat(docNotes).hasContent("notes");
        assertThat(bundleNotes).hasContent("notes");
        assertThat(Files.isSymbolicLink(pdfLink)).isTrue();
    }

    @Test
    void diffCatalogDiffExcerptsAndLockHoldersShowTerminalEscapes() throws Exception {
        String json = new String(projectBytes, StandardCharsets.UTF_8);
        String title = "Web shop shared-responsibility review";
        // As JSON writes them: escapes in the file, the characters themselves once read.
        String escaped = HOSTILE.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007");
        Path hostile = Files.writeString(dir.resolve("h.demarc"), json.replace(title, title + escaped)
                .replace("\"Amazon EC2\"", "\"Amazon EC2" + escaped + "\"")
                .replace("\"Governance and provider assurance\"", "\"Governance" + escaped + "\""));
        Path lock = Files.writeString(dir.resolve("h.demarc.lock"), "user=mallory\\u001b[2J\\u202e\nhost=h\npid=1\n"
                + "since=2026-01-01T00:00:00Z\n");
        List<CliRunner> runs = List.of(
                CliRunner.run("diff", project.toString(), hostile.toString()),
                CliRunner.run("catalog", "diff", project.toString(), hostile.toString()),
                CliRunner.run("export", hostile.toString(), "-o", dir.resolve("x.pdf").toString(), "--domains",
                        "governance"),
                CliRunner.run("export", hostile.toString(), "-o", dir.resolve("x.docx").toString(), "--domains",
                        "governance"),
                CliRunner.run("questionnaire", "export", hostile.toString(), "-o", dir.resolve("q.xlsx").toString()));
        for (CliRunner r : runs) {
            assertThat(r.out() + r.err()).as(r.out() + r.err()).doesNotContain("\u001b").doesNotContain("\u0007")
                    .doesNotContain("\u202e");
        }
        assertThat(runs.get(0).out()).contains("\\u001b]0;owned");
        assertThat(runs.get(1).out()).contains("Amazon EC2\\u001b]0;owned");
        assertThat(runs.get(2).out()).contains("Governance\\u001b]0;owned");
        assertThat(runs.get(4).err()).contains("mallory\\u001b[2J");
        assertThat(lock).exists();
    }

    @Test
    void aSignerPasswordThatNeverEndsIsRefused() throws Exception {
        Path signedOff = Files.write(dir.resolve("s.demarc"), Samples.webshopSignedOffBytes());
        Path keyStore = org.demarc.report.TestKeysAccess.keyStore(dir);
        CliRunner r = CliRunner.run("sign", signedOff.toString(), "--sign", keyStore.toString(), "--password-file",
                "/dev/zero", "-o", dir.resolve("out.demarc").toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("/dev/zero: ");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPortfolioOverLoopsPipesDevicesAndHugeFilesEnds() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("pf"));
        Files.write(folder.resolve("a.demarc"), projectBytes);
        Files.createSymbolicLink(folder.resolve("loop"), folder);
        mkfifo(folder.resolve("pipe.demarc"));
        Files.createSymbolicLink(folder.resolve("zero.demarc"), Path.of("/dev/zero"));
        try (var f = new java.io.RandomAccessFile(folder.resolve("huge.demarc").toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024);
        }
        Files.writeString(folder.resolve("title.demarc"), new String(projectBytes, StandardCharsets.UTF_8)
                .replace("\"client\": \"", "\"client\": \"\\u001b]0;owned\\u0007"));
        CliRunner r = CliRunner.run("portfolio", folder.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("a.demarc").contains("huge.demarc").contains("loop")
                .doesNotContain("pipe.demarc").doesNotContain("\u001b").contains("\\u001b]0;owned");
    }

    @Test
    void aPortfolioNeverReadsThroughALinkOutOfItsFolder() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Path secret = Files.writeString(outside.resolve("passwords.txt"), "hunter2-top-secret\n");
        Files.write(outside.resolve("other-client.demarc"), projectBytes);
        Path folder = Files.createDirectories(dir.resolve("shared"));
        Files.write(folder.resolve("a.demarc"), projectBytes);
        Files.createSymbolicLink(folder.resolve("secret.demarc"), secret);
        Files.createSymbolicLink(folder.resolve("more"), outside);
        CliRunner r = CliRunner.run("portfolio", folder.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("a.demarc").contains("secret.demarc").contains("more")
                .contains("a link leading out of the folder: not read")
                .doesNotContain("hunter2").doesNotContain("other-client.demarc");
    }
}
