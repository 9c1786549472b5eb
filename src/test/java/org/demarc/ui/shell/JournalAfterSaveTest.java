package org.demarc.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.demarc.model.AnswerStatus;
import org.demarc.project.ProjectFiles;
import org.demarc.project.Samples;
import org.demarc.project.journal.RecoveryJournal;
import org.demarc.ui.ScriptedDialogs;
import org.demarc.ui.common.UiPreferences;
import org.demarc.ui.session.AssessmentSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first change after an open or a save reaches the recovery journal: through the real window,
 * one keyboard answer after Ctrl+S, and the journal holds it within a second.
 */
@Tag("gui")
class JournalAfterSaveTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private AssessmentSession session;
    private RecoveryJournal journal;
    private Path file;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("payments.demarc");
        new ProjectFiles().save(Samples.webshop(), file);
        journal = new RecoveryJournal(dir.resolve("journal"));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            session = new AssessmentSession();
            UiPreferences prefs = UiPreferences.inMemory();
            FileActions files = new FileActions(session, dialogs, prefs, journal, Clock.systemUTC());
            MainWindow window = new MainWindow(s, session, files, prefs, dialogs, Clock.systemUTC());
            s.setScene(new Scene(window.root(), 1280, 800));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        dialogs.openTargets.add(file);
        robot.clickOn("#start-open");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.assessment() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void shortcut(KeyCode code) {
        robot.push(new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void oneKeyboardAnswerAfterASaveIsJournalledWithinASecond() throws Exception {
        robot.clickOn("5. Questions");
        robot.clickOn("#questions-list");
        shortcut(KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !session.isDirty());
        assertThat(journal.find()).as("nothing unsaved after the save").isEmpty();

        String id = selectedControlId();
        var current = session.assessment().answers().get(id);
        AnswerStatus before = current == null ? null : current.status();
        AnswerStatus expected = before == AnswerStatus.IMPLEMENTED ? AnswerStatus.PARTIAL : AnswerStatus.IMPLEMENTED;
        shortcut(expected == AnswerStatus.IMPLEMENTED ? KeyCode.DIGIT1 : KeyCode.DIGIT2);
        assertThat(session.assessment().answers().get(id).status()).isEqualTo(expected);

        long start = System.nanoTime();
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> journal.find().isPresent());
        System.out.printf("journal: first edit after a save journalled in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(journal.find().orElseThrow().assessment().answers().get(id).status())
                .isEqualTo(expected);
        assertThat(Files.list(journal.folder())).isNotEmpty();
    }

    @SuppressWarnings("unchecked")
    private String selectedControlId() {
        var list = robot.lookup("#questions-list").queryAs(javafx.scene.control.ListView.class);
        return ((org.demarc.model.Control) list.getSelectionModel().getSelectedItem()).id();
    }
}
