package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.demarc.project.ProjectWriter;
import org.demarc.project.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No writing command can destroy one of its inputs, another kind of file, a link's target or a device. */
class OutputsDestroyNoInputTest {
    @TempDir
    Path dir;
    Path project;
    byte[] projectBytes;

    @BeforeEach
    void project() throws Exception {
        projectBytes = ProjectWriter.toBytes(Samples.webshop());
        project = Files.write(dir.resolve("p.demarc"), projectBytes);
    }

    @Test
    void exportRefusesEveryInputAsItsOutput() throws Exception {
        Path keyStore = org.demarc.report.TestKeysAccess.keyStore(dir);
        Path password = Files.writeString(dir.resolve("pw.pdf"), "secret");
        Path previous = Files.write(dir.resolve("old.demarc"), projectBytes);
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), project);
        for (Path out : List.of(project, dir.resolve("sub/../p.demarc"), password, previous, link)) {
            CliRunner r = CliRunner.run("export", project.toString(), "-o", out.toString(), "--previous",
                    previous.toString(), "--sign", keyStore.toString(), "--password-file", password.toString());
            assertThat(r.exitCode()).as(out + ": " + r.err()).isNotZero();
        }
        assertThat(Files.readAllBytes(project)).isEqualTo(projectBytes);
        assertThat(Files.readAllBytes(previous)).isEqualTo(projectBytes);
        assertThat(password).hasContent("secret");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void exportReplacesAPdfButNotAnotherKindOfFileUnlessForced() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.pdf"), "my notes, not a PDF");
        CliRunner refused = CliRunner.run("export", project.toString(), "-o", notes.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(refused.err()).startsWith(notes + ": ").contains("not a file of the kind");
        assertThat(notes).hasContent("my notes, not a PDF");
        assertThat(CliRunner.run("export", project.toString(), "-o", notes.toString(), "--force").exitCode()).isZero();
        assertThat(new String(Files.readAllBytes(notes), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(CliRunner.run("export", project.toString(), "-o", notes.toString()).exitCode())
                .as("a PDF is replaced").isZero();
    }

    @Test
    void theExtensionMustMatchTheFormat() {
        Path other = dir.resolve("report.demarc");
        CliRunner r = CliRunner.run("export", project.toString(), "-o", other.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(".pdf");
        assertThat(other).doesNotExist();
        assertThat(CliRunner.run("carry-forward", project.toString(), "-o", dir.resolve("next.pdf").toString())
                .exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("questionnaire", "export", project.toString(), "-o", dir.resolve("q.csv").toString())
                .exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void devicesPipesAndLinksElsewhereAreRefused() throws Exception {
        Path fifo = dir.resolve("pipe.pdf");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        Path target = Files.writeString(dir.resolve("elsewhere.pdf"), "%PDF-1.7 someone else's");
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), target);
        for (Path out : List.of(fifo, link)) {
            CliRunner r = CliRunner.run("export", project.toString(), "-o", out.toString());
            assertThat(r.exitCode()).as(out.toString()).isEqualTo(ExitCodes.IO_ERROR);
            assertThat(r.out()).doesNotContain("Wrote");
        }
        assertThat(target).hasContent("%PDF-1.7 someone else's");
        Path device = Files.createSymbolicLink(dir.resolve("gaps.csv"), Path.of("/dev/null"));
        assertThat(CliRunner.run("findings", project.toString(), "-o", device.toString()).exitCode()).isNotZero();
        CliRunner devNull = CliRunner.run("export", project.toString(), "-o", "/dev/null");
        assertThat(devNull.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void importAndFindingsRefuseTheirInputs() throws Exception {
        Path q = dir.resolve("q.xlsx");
        assertThat(CliRunner.run("questionnaire", "export", project.toString(), "-o", q.toString()).exitCode()).isZero();
        byte[] workbook = Files.readAllBytes(q);
        CliRunner r = CliRunner.run("questionnaire", "import", project.toString(), q.toString(), "-o", q.toString());
        assertThat(r.exitCode()).isNotZero();
        assertThat(Files.readAllBytes(q)).isEqualTo(workbook);
        assertThat(CliRunner.run("findings", project.toString(), "-o", q.toString()).exitCode()).isNotZero();
        assertThat(Files.readAllBytes(q)).isEqualTo(workbook);
    }
}
