package org.demarc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.demarc.fixtures.LargeFixture;
import org.demarc.project.ProjectFiles;
import org.demarc.project.ProjectReader;
import org.demarc.project.ProjectWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves survive a hard kill at any moment: a child JVM saves a large project over and over and is
 * killed with SIGKILL at random times; afterwards the file and its backup are always a complete,
 * valid version, never a mix or a fragment.
 */
@Tag("slow")
class CrashSafeSaveTest {
    static final int TRIALS = Integer.getInteger("demarc.crashTrials", 200);

    @TempDir
    Path dir;

    @Test
    void theFileAndItsBackupAreAlwaysACompleteVersionAfterAKill() throws Exception {
        byte[] a = ProjectWriter.toBytes(LargeFixture.create(1));
        byte[] b = ProjectWriter.toBytes(LargeFixture.create(2));
        Random random = new Random(20261129);
        long start = System.nanoTime();
        int killedMidSave = 0;
        int wanted = Math.max(1, TRIALS / 10);
        int trial = 0;
        // Kills that all land between saves would prove nothing: go on past the planned trials (up to
        // three times as many, on a slow machine) until enough kills have hit a save mid-write.
        for (; trial < TRIALS || killedMidSave < wanted && trial < 3 * TRIALS; trial++) {
            Path file = dir.resolve("trial-" + trial + ".demarc");
            int t = trial;
            if (trial % 2 == 1) {
                new ProjectFiles().save(LargeFixture.create(1), file);
            }
            Process p = ChildJvm.start(SaveLoop.class, file.toString());
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(r.readLine()).isEqualTo("READY");
                Thread.sleep(random.nextInt(120));
                ChildJvm.kill(p);
            }
            if (Files.exists(file)) {
                byte[] now = Files.readAllBytes(file);
                assertThat(Arrays.equals(now, a) || Arrays.equals(now, b)).as("trial %d: file is a complete version", t)
                        .isTrue();
                new ProjectReader().read(now);
            }
            Path backup = ProjectFiles.backupOf(file);
            if (Files.exists(backup)) {
                byte[] bak = Files.readAllBytes(backup);
                assertThat(Arrays.equals(bak, a) || Arrays.equals(bak, b)).as("trial %d: backup is a complete version", t)
                        .isTrue();
            }
            try (var listing = Files.list(dir)) {
                String prefix = "." + file.getFileName() + ".";
                killedMidSave += listing.anyMatch(x -> x.getFileName().toString().startsWith(prefix)
                        && x.getFileName().toString().endsWith(".tmp")) ? 1 : 0;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("crash-safe saves: %d SIGKILL trials in %.1f s; %d were killed while writing (a temporary file was left, never read)%n",
                trial, seconds, killedMidSave);
        assertThat(killedMidSave).as("trials killed while writing").isGreaterThanOrEqualTo(wanted);
    }
}
