package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.project.ProjectFiles;
import org.demarc.project.ProjectLock;
import org.demarc.project.journal.RecoveryJournal;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A lock left by a Demarc on this computer that crashed is taken back without a question. */
class StaleLockTest extends WindowTest {

    /** A lock as a crashed run on this computer leaves it: our host, a process that has ended. */
    private Path lockedByEndedRun() throws Exception {
        Path file = dir.resolve("payments.demarc");
        new ProjectFiles().save(MiniFixtures.miniAssessment(), file);
        Process ended = new ProcessBuilder("java", "-version").redirectErrorStream(true).start();
        ended.getInputStream().readAllBytes();
        ended.waitFor();
        String host = ProjectLock.Holder.current(Instant.now()).host();
        ProjectLock.acquire(file, new ProjectLock.Holder("ada", host, ended.pid(), Instant.now().minusSeconds(600)), false);
        return file;
    }

    @Test
    void openingAProjectLockedByACrashedRunTakesTheLockWithANotice() throws Exception {
        Path file = lockedByEndedRun();
        dialogs.openTargets.add(file);
        openWindow(Locale.US, "#start-open");
        files.awaitFileWork();
        assertThat(dialogs.lockMessages).as("no question about a lock nobody holds").isEmpty();
        assertThat(session.viewOnlyProperty().get()).isFalse();
        assertThat(ProjectLock.holder(file)).hasValueSatisfying(h -> assertThat(h.pid()).isEqualTo(ProcessHandle.current().pid()));
        assertThat(robot.lookup("#status-text").queryAs(Label.class).getText()).contains("took over the lock ada left");
    }

    @Test
    void recoveringAfterACrashTakesTheProjectsLockBack() throws Exception {
        openWindow(Locale.US, "#start-new");
        Path file = lockedByEndedRun();
        robot.interact(() -> files.recover(new RecoveryJournal.Recovered(MiniFixtures.miniAssessment(), file, Instant.now())));
        files.awaitFileWork();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ProjectLock.holder(file)
                .map(h -> h.pid() == ProcessHandle.current().pid()).orElse(false));
        dialogs.unsaved.add(org.demarc.ui.common.DialogService.UnsavedChoice.DISCARD);
        robot.interact(files::close);
        files.awaitFileWork();
        assertThat(ProjectLock.holder(file)).as("released on close, as its own lock").isEmpty();
    }
}
