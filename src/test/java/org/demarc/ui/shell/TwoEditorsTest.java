package org.demarc.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.demarc.fixtures.MiniFixtures;
import org.demarc.model.Assessment;
import org.demarc.project.ProjectFiles;
import org.demarc.project.ProjectLock;
import org.demarc.project.journal.RecoveryJournal;
import org.demarc.ui.ScriptedDialogs;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.Tasks;
import org.demarc.ui.common.UiPreferences;
import org.demarc.ui.session.AssessmentSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A project open elsewhere is announced, can be opened read-only or taken over; changes on disk are never overwritten silently. */
@Tag("gui")
class TwoEditorsTest {
    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AssessmentSession session = new AssessmentSession();
    private FileActions actions;
    private Path file;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        file = dir.resolve("payments.demarc");
        new ProjectFiles().save(MiniFixtures.miniAssessment(), file);
        actions = fx(() -> new FileActions(session, dialogs,
                UiPreferences.inMemory(),
                new RecoveryJournal(dir.resolve("journal")), Clock.systemUTC()));
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private void run(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        // Locks are taken and released on the file-work thread, in order: wait for them.
        actions.awaitFileWork();
    }

    /** Waits until no background task runs (checked on the FX thread) and the FX queue is empty. */
    private static void idle() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !Tasks.busyProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> Tasks.busyProperty().get())).isFalse();
    }

    private void openAndWait() throws Exception {
        run(() -> actions.open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.assessment() != null || !dialogs.lockMessages.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void editFinding(String text) throws Exception {
        run(() -> session.edit(null, a -> a.withAnswer("OPS-01", a.answers().get("OPS-01").withFinding(text))));
    }

    @Test
    void openingTakesTheLockAndClosingReleasesIt() throws Exception {
        openAndWait();
        assertThat(ProjectLock.holder(file)).hasValueSatisfying(h -> assertThat(h.pid()).isEqualTo(ProcessHandle.current().pid()));
        run(actions::close);
        assertThat(ProjectLock.holder(file)).isEmpty();
    }

    @Test
    void aProjectOpenElsewhereCanBeOpenedReadOnlyAndSavedAsACopy() throws Exception {
        ProjectLock.acquire(file, new ProjectLock.Holder("bob", "laptop-7", 4242, Instant.now()), false);
        dialogs.locked.add(DialogService.LockedChoice.READ_ONLY);
        openAndWait();
        assertThat(dialogs.lockMessages).singleElement().satisfies(m -> assertThat(m).contains("bob@laptop-7").doesNotContain("stale"));
        assertThat(session.viewOnlyProperty().get()).isTrue();
        assertThat(session.readOnlyProperty().get()).isTrue();
        editFinding("refused");
        assertThat(session.assessment()).isEqualTo(MiniFixtures.miniAssessment());
        Path copy = dir.resolve("copy.demarc");
        dialogs.saveTargets.add(copy);
        run(actions::save);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(copy));
        assertThat(ProjectLock.holder(file)).hasValueSatisfying(h -> assertThat(h.user()).isEqualTo("bob"));
    }

    @Test
    void aStaleLockCanBeTakenOver() throws Exception {
        ProjectLock.acquire(file, new ProjectLock.Holder("ada", "old-pc", 1, Instant.now().minusSeconds(3 * 86400)), false);
        dialogs.locked.add(DialogService.LockedChoice.TAKE_OVER);
        openAndWait();
        assertThat(dialogs.lockMessages).singleElement().satisfies(m -> assertThat(m).contains("(stale)"));
        assertThat(session.viewOnlyProperty().get()).isFalse();
        assertThat(ProjectLock.holder(file)).hasValueSatisfying(h -> assertThat(h.pid()).isEqualTo(ProcessHandle.current().pid()));
    }

    @Test
    void cancellingLeavesNothingOpen() throws Exception {
        ProjectLock.acquire(file, new ProjectLock.Holder("bob", "laptop-7", 4242, Instant.now()), false);
        dialogs.locked.add(DialogService.LockedChoice.CANCEL);
        openAndWait();
        assertThat(session.assessment()).isNull();
    }

    @Test
    void aFileChangedOnDiskIsNeverOverwrittenWithoutAsking() throws Exception {
        openAndWait();
        Assessment theirs = MiniFixtures.miniAssessment().withAnswer("OPS-01",
                MiniFixtures.miniAssessment().answers().get("OPS-01").withFinding("their version"));
        new ProjectFiles().save(theirs, file);
        editFinding("my version");
        dialogs.changedOnDisk.add(DialogService.ChangedOnDiskChoice.CANCEL);
        run(actions::save);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs.changedOnDisk.isEmpty());
        // Nothing must follow the answer: no background work left and the FX queue drained, so a
        // save the Cancel had started would have happened by now.
        idle();
        assertThat(new ProjectFiles().open(file).value()).isEqualTo(theirs);
        assertThat(session.isDirty()).isTrue();

        dialogs.changedOnDisk.add(DialogService.ChangedOnDiskChoice.OVERWRITE);
        run(actions::save);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !session.isDirty());
        assertThat(new ProjectFiles().open(file).value().answers().get("OPS-01").finding()).isEqualTo("my version");
        // Our own save does not count as a change by someone else.
        editFinding("second edit");
        run(actions::save);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !session.isDirty());
        assertThat(new ProjectFiles().open(file).value().answers().get("OPS-01").finding()).isEqualTo("second edit");
    }
}
