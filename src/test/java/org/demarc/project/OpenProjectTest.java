package org.demarc.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.demarc.fixtures.MiniFixtures;
import org.demarc.io.FileStamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open project's lock and last-seen state, without a window. */
class OpenProjectTest {
    @TempDir
    Path dir;

    private final OpenProject project = new OpenProject(ProjectLock.Holder.current(Instant.parse("2026-12-01T10:00:00Z")));

    private Path saved(String name) throws Exception {
        Path file = dir.resolve(name);
        new ProjectFiles().save(MiniFixtures.miniAssessment(), file);
        return file;
    }

    @Test
    void acquiringAnotherFileReleasesTheFirst() throws Exception {
        Path first = saved("a.demarc");
        Path second = saved("b.demarc");
        project.acquire(first, false);
        assertThat(ProjectLock.holder(first)).isPresent();
        project.acquire(second, false);
        assertThat(ProjectLock.holder(first)).isEmpty();
        assertThat(ProjectLock.holder(second)).isPresent();
        assertThat(project.isLocked(second)).isTrue();
        project.close();
        assertThat(ProjectLock.holder(second)).isEmpty();
        assertThat(project.isLocked(second)).isFalse();
    }

    @Test
    void aFileChangedOnDiskSinceItWasReadIsNoticed() throws Exception {
        Path file = saved("a.demarc");
        project.seen(file, FileStamp.of(file));
        assertThat(project.unchangedOnDisk(file)).isTrue();
        Files.writeString(file, Files.readString(file).replace("\"title\"", "\"title\" "));
        assertThat(project.unchangedOnDisk(file)).isFalse();
        assertThat(project.unchangedOnDisk(dir.resolve("elsewhere.demarc"))).as("not the file read here").isTrue();
        Files.delete(file);
        assertThat(project.unchangedOnDisk(file)).as("gone: nothing to destroy").isTrue();
    }

    @Test
    void closingForgetsWhatWasSeen() throws Exception {
        Path file = saved("a.demarc");
        project.seen(file, FileStamp.of(file));
        project.close();
        Files.writeString(file, "changed");
        assertThat(project.isOpen(file)).isFalse();
        assertThat(project.unchangedOnDisk(file)).isTrue();
    }
}
