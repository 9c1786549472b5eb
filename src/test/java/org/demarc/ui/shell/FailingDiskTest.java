package org.demarc.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import org.demarc.fixtures.MiniFixtures;
import org.demarc.model.Assessment;
import org.demarc.project.FaultyFileOps;
import org.demarc.project.ProjectFiles;
import org.demarc.project.ProjectReader;
import org.demarc.project.journal.RecoveryJournal;
import org.demarc.ui.ScriptedDialogs;
import org.demarc.ui.common.UiPreferences;
import org.demarc.ui.session.AssessmentSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A save that fails (disk full, read-only, permission denied, folder gone, name too long) says why,
 * keeps the work in memory marked unsaved, leaves the file on disk as it was, and Save As to
 * another place works. Faults are injected through the file-system seam: CI runs as root, which
 * ignores permissions.
 */
@Tag("gui")
class FailingDiskTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("disk full", FaultyFileOps.Step.CREATE,
                        (Function<Path, IOException>) p -> new FileSystemException(p.toString(), null, "No space left on device"),
                        "No space left on device"),
                Arguments.of("read-only folder", FaultyFileOps.Step.CREATE,
                        (Function<Path, IOException>) p -> new FileSystemException(p.toString(), null, "Read-only file system"),
                        "Read-only file system"),
                Arguments.of("permission denied", FaultyFileOps.Step.CREATE,
                        (Function<Path, IOException>) p -> new AccessDeniedException(p.toString()), "access denied"),
                Arguments.of("folder deleted underneath", FaultyFileOps.Step.MOVE,
                        (Function<Path, IOException>) p -> new NoSuchFileException(p.toString()), "does not exist"),
                Arguments.of("name too long", FaultyFileOps.Step.CREATE,
                        (Function<Path, IOException>) p -> new FileSystemException(p.toString(), null, "File name too long"),
                        "File name too long"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aFailedSaveExplainsKeepsTheWorkAndSaveAsElsewhereWorks(String name, FaultyFileOps.Step step,
            Function<Path, IOException> failure, String cause) throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path file = shared.resolve("payments.demarc");
        Assessment original = MiniFixtures.miniAssessment();
        new ProjectFiles().save(original, file);
        byte[] before = Files.readAllBytes(file);

        FaultyFileOps faulty = new FaultyFileOps(shared, step, failure);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        AssessmentSession session = new AssessmentSession();
        FileActions actions = WaitForAsyncUtils.asyncFx(() -> new FileActions(session, dialogs,
                UiPreferences.inMemory(),
                new RecoveryJournal(dir.resolve("journal")), Clock.systemUTC(),
                new ProjectFiles(new ProjectReader(), faulty))).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> actions.open(file)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.assessment() != null);
        WaitForAsyncUtils.asyncFx(() -> session.edit(null, a -> a.withAnswer("OPS-01",
                a.answers().get("OPS-01").withFinding("changed in the workshop")))).get(10, TimeUnit.SECONDS);
        Assessment edited = session.assessment();

        WaitForAsyncUtils.asyncFx(actions::save).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertThat(faulty.failures()).isPositive();
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e)
                .contains("payments.demarc").containsIgnoringCase(cause).contains("Save As"));
        assertThat(session.isDirty()).isTrue();
        assertThat(session.assessment()).isEqualTo(edited);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var listing = Files.list(shared)) {
            assertThat(listing.map(p -> p.getFileName().toString()))
                    .allSatisfy(n -> assertThat(n).doesNotEndWith(".tmp"));
        }

        Path elsewhere = Files.createDirectories(dir.resolve("usb")).resolve("payments.demarc");
        dialogs.saveTargets.add(elsewhere);
        WaitForAsyncUtils.asyncFx(actions::saveAs).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !session.isDirty());
        assertThat(new ProjectFiles().open(elsewhere).value()).isEqualTo(edited);
        assertThat(session.fileProperty().get()).isEqualTo(elsewhere);
    }
}
