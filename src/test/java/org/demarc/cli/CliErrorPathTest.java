package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.demarc.project.ProjectWriter;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command reports a failure the same way: one line per problem, under the failing file's name. */
class CliErrorPathTest {
    @TempDir
    Path dir;

    @Test
    void anInvalidPreviousFileIsReportedUnderItsOwnName() throws Exception {
        Path current = Files.write(dir.resolve("current.demarc"), ProjectWriter.toBytes(Samples.webshop()));
        Path previous = Files.writeString(dir.resolve("previous.demarc"), "{\"format\": \"demarc-assessment\"");
        CliRunner r = CliRunner.run("export", current.toString(), "-o", dir.resolve("r.pdf").toString(),
                "--previous", previous.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).startsWith(previous + ": ").doesNotContain(current.toString());
        assertThat(r.out()).isEmpty();
        assertThat(dir.resolve("r.pdf")).doesNotExist();
    }

    @Test
    void aMissingPasswordFileIsNamedWithExitCodeThree() throws Exception {
        Path current = Files.write(dir.resolve("current.demarc"), ProjectWriter.toBytes(Samples.webshop()));
        Path keyStore = org.demarc.report.TestKeysAccess.keyStore(dir);
        Path password = dir.resolve("no-such-password");
        CliRunner r = CliRunner.run("export", current.toString(), "-o", dir.resolve("r.pdf").toString(),
                "--sign", keyStore.toString(), "--password-file", password.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(r.err().strip()).isEqualTo(password + ": file not found");
    }

    @Test
    void anUnexpectedErrorIsOneLine() {
        java.io.StringWriter err = new java.io.StringWriter();
        int code = DemarcCommand.failed(new IllegalStateException("boom\u001b[2J"), new java.io.PrintWriter(err, true));
        assertThat(code).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(err.toString().strip()).doesNotContain("\n").doesNotContain("\u001b").contains("IllegalStateException")
                .doesNotContain("\tat ");
    }

    @Test
    void anOutOfMemoryErrorFromACommandIsOneLineAndTheDocumentedCode() {
        java.io.StringWriter err = new java.io.StringWriter();
        int code = DemarcCommand.failed(new OutOfMemoryError("Java heap space"), new java.io.PrintWriter(err, true));
        assertThat(code).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(err.toString().lines()).hasSize(1);
    }
}
