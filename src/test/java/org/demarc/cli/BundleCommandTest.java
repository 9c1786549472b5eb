package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.demarc.project.ProjectFiles;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demarc bundle} and {@code demarc unbundle} on files. */
class BundleCommandTest {
    @TempDir
    Path dir;

    @Test
    void bundleThenUnbundleRestoresTheProject() throws Exception {
        Path project = dir.resolve("webshop.demarc");
        new ProjectFiles().saveNew(Samples.webshop(), project);
        Path bundle = dir.resolve("w.demarcz");

        CliRunner b = CliRunner.run("bundle", project.toString(), "-o", bundle.toString(), "--for-client");
        assertThat(b.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(b.out()).contains("for the client").contains("0 evidence files");
        // The sample's evidence file is not beside it: named on stderr, not fatal.
        assertThat(b.err()).contains("left out of the bundle: file not found");

        CliRunner u = CliRunner.run("unbundle", bundle.toString(), "-d", dir.resolve("out").toString());
        assertThat(u.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(u.out()).contains("every SHA-256 matched");
        assertThat(CliRunner.run("validate", dir.resolve("out/webshop.demarc").toString()).exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aWrongNameIsAUsageErrorAndAnExistingOutputIsRefused() throws Exception {
        Path project = dir.resolve("webshop.demarc");
        new ProjectFiles().saveNew(Samples.webshop(), project);
        assertThat(CliRunner.run("bundle", project.toString(), "-o", dir.resolve("w.zip").toString()).exitCode())
                .isEqualTo(ExitCodes.USAGE);
        Files.writeString(dir.resolve("taken.demarcz"), "x");
        assertThat(CliRunner.run("bundle", project.toString(), "-o", dir.resolve("taken.demarcz").toString()).exitCode())
                .isEqualTo(ExitCodes.IO_ERROR);
    }

    @Test
    void aHostileBundleIsRefusedWithItsReasonAndNothingWritten() throws Exception {
        Path bundle = dir.resolve("evil.demarcz");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bundle))) {
            zip.putNextEntry(new ZipEntry("../evil.sh"));
            zip.write("x".getBytes());
            zip.closeEntry();
        }
        CliRunner r = CliRunner.run("unbundle", bundle.toString(), "-d", dir.resolve("out").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("evil.demarcz").contains("leads out of the folder");
        assertThat(dir.resolve("out")).doesNotExist();
        assertThat(dir.getParent().resolve("evil.sh")).doesNotExist();
    }

    @Test
    void aFolderThatIsNotEmptyIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/keep.txt"), "x");
        CliRunner r = CliRunner.run("unbundle", dir.resolve("any.demarcz").toString(), "-d", dir.resolve("out").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(r.err()).contains("not empty");
    }
}
