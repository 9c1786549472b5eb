package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.demarc.fixtures.BigProjects;
import org.demarc.io.JsonLimits;
import org.demarc.project.ProjectWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The largest project the caps accept (1,000 services x 200 controls, all answered) still works. */
class LargestProjectTest {
    @TempDir
    Path dir;

    static Path write(Path dir) throws Exception {
        int controls = JsonLimits.MAX_CELLS / JsonLimits.MAX_SERVICES;
        return Files.write(dir.resolve("largest.demarc"),
                ProjectWriter.toBytes(BigProjects.of(JsonLimits.MAX_SERVICES, controls, true)));
    }

    @Test
    @Timeout(30)
    void itsMatrixIsComputedAndPrinted() throws Exception {
        Path p = write(Path.of(System.getProperty("largest.dir", dir.toString())));
        CliRunner r = CliRunner.run("matrix", p.toString(), "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(1 + JsonLimits.MAX_CELLS / JsonLimits.MAX_SERVICES);
    }
}
