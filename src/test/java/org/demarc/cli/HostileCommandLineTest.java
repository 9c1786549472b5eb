package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.demarc.fixtures.BigProjects;
import org.demarc.io.JsonLimits;
import org.demarc.model.Engagement;
import org.demarc.project.ProjectWriter;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Files built to exhaust the program or the terminal: refused in bounded time, one line each. */
class HostileCommandLineTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(20)
    void aCatalogOfAHundredMillionCellsIsRefusedWithItsLocation() throws Exception {
        // 10,000 x 10,000 in the issue; 1,000 x 2,000 (the caps of each list) already passes the cell cap.
        Path p = Files.write(dir.resolve("big.demarc"),
                ProjectWriter.toBytes(BigProjects.of(JsonLimits.MAX_SERVICES, JsonLimits.MAX_CONTROLS, false)));
        for (String command : new String[] {"matrix", "validate"}) {
            CliRunner r = CliRunner.run(command, p.toString());
            assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(r.err()).contains("error at /catalog/services: 1000 services")
                    .contains("make 2000000 matrix cells; at most 200000 are allowed");
        }
        CliRunner diff = CliRunner.run("diff", p.toString(), p.toString());
        assertThat(diff.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void tooManyServicesAreRefused() throws Exception {
        Path p = Files.write(dir.resolve("wide.demarc"),
                ProjectWriter.toBytes(BigProjects.of(JsonLimits.MAX_SERVICES + 1, 1, false)));
        CliRunner r = CliRunner.run("validate", p.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("/catalog/services").contains("1001 entries; at most 1000");
    }

    @Test
    void aPasswordFileThatNeverEndsIsRefused() throws Exception {
        Path project = Files.write(dir.resolve("p.demarc"), Samples.webshopBytes());
        Path keyStore = org.demarc.report.TestKeysAccess.keyStore(dir);
        Path sparse = dir.resolve("sparse");
        try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024);
        }
        for (Path password : new Path[] {Path.of("/dev/zero"), sparse}) {
            CliRunner r = CliRunner.run("export", project.toString(), "-o", dir.resolve("r.pdf").toString(),
                    "--sign", keyStore.toString(), "--password-file", password.toString());
            assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(r.err().lines()).hasSize(1);
            assertThat(r.err()).startsWith(password + ": ");
        }
    }

    @Test
    @Timeout(10)
    void verifyRefusesAPipeInsteadOfWaitingForever() throws Exception {
        Path fifo = dir.resolve("report.pdf");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        CliRunner r = CliRunner.run("verify", fifo.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err().strip()).isEqualTo(fifo + ": not a regular file");
        assertThat(CliRunner.run("verify", dir.resolve("missing.pdf").toString()).exitCode())
                .isEqualTo(ExitCodes.IO_ERROR);
    }

    @Test
    void terminalEscapesInTheTitleAreShownNotObeyed() throws Exception {
        String hostile = "Shop\u001b]0;owned\u0007\u001b[2J\u001b[31m\u202eevil";
        var a = Samples.webshop();
        Engagement e = a.engagement();
        a = a.withEngagement(new Engagement(hostile, e.client(), e.workload(), e.assessors(), e.startDate(),
                e.endDate(), e.scopeStatement()));
        Path p = Files.write(dir.resolve("p.demarc"), ProjectWriter.toBytes(a));
        CliRunner validate = CliRunner.run("validate", p.toString());
        CliRunner export = CliRunner.run("export", p.toString(), "-o", dir.resolve("r.pdf").toString());
        CliRunner carry = CliRunner.run("carry-forward", p.toString(), "-o", dir.resolve("n.demarc").toString());
        for (CliRunner r : new CliRunner[] {validate, export, carry}) {
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out() + r.err()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e")
                    .contains("\\u001b]0;owned");
        }
    }
}
