package org.demarc.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLockTest {
    @TempDir
    Path dir;

    private static final Instant NOW = Instant.parse("2026-11-12T10:00:00Z");

    @Test
    void aLockTellsWhoAndSinceWhenAndIsReleasedByItsHolderOnly() throws Exception {
        Path project = dir.resolve("p.demarc");
        ProjectLock.Holder me = ProjectLock.Holder.current(NOW);
        ProjectLock.acquire(project, me, false);
        assertThat(Files.readString(ProjectLock.lockFileOf(project))).contains("user=").contains("pid=" + me.pid());
        ProjectLock.Holder read = ProjectLock.holder(project).orElseThrow();
        assertThat(read).isEqualTo(me);
        assertThat(ProjectLock.isStale(read, NOW)).isFalse();

        ProjectLock.Holder other = new ProjectLock.Holder("bob", "laptop-7", 4242, NOW);
        assertThatThrownBy(() -> ProjectLock.acquire(project, other, false)).isInstanceOf(FileAlreadyExistsException.class);
        ProjectLock.release(project, other);
        assertThat(ProjectLock.holder(project)).isPresent();
        ProjectLock.release(project, me);
        assertThat(ProjectLock.holder(project)).isEmpty();
    }

    @Test
    void aLockOfADeadProcessOrAnOldForeignLockIsStaleAndCanBeTakenOver() throws Exception {
        Path project = dir.resolve("p.demarc");
        ProjectLock.Holder dead = new ProjectLock.Holder("ada", ProjectLock.hostName(), Long.MAX_VALUE - 1, NOW);
        assertThat(ProjectLock.isStale(dead, NOW)).isTrue();
        ProjectLock.Holder foreignFresh = new ProjectLock.Holder("bob", "elsewhere", 1, NOW.minusSeconds(3600));
        ProjectLock.Holder foreignOld = new ProjectLock.Holder("bob", "elsewhere", 1, NOW.minusSeconds(3 * 24 * 3600));
        assertThat(ProjectLock.isStale(foreignFresh, NOW)).isFalse();
        assertThat(ProjectLock.isStale(foreignOld, NOW)).isTrue();
        ProjectLock.acquire(project, foreignOld, false);
        ProjectLock.Holder me = ProjectLock.Holder.current(NOW);
        ProjectLock.acquire(project, me, true);
        assertThat(ProjectLock.holder(project)).contains(me);
    }

    @Test
    void aGarbledLockFileStillCountsAsHeld() throws Exception {
        Path project = dir.resolve("p.demarc");
        Files.write(ProjectLock.lockFileOf(project), new byte[] {(byte) 0xff, 0, 1, 2});
        assertThat(ProjectLock.holder(project)).isPresent();
    }
}
