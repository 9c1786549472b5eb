package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.demarc.project.ProjectFiles;
import org.demarc.project.journal.RecoveryJournal;
import org.demarc.ui.ScriptedDialogs;
import org.demarc.ui.common.UiPreferences;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.shell.FileActions;
import org.demarc.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Signatories gathered before "Sign off and lock" are part of the work: marked unsaved, saved,
 * and there again when the project is reopened.
 */
class DraftSignatoriesTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private AssessmentSession session;
    private FileActions files;
    private final Locale before = Locale.getDefault(Locale.Category.FORMAT);

    private void openWindow(Locale locale) throws Exception {
        openWindow(locale, "#start-new");
        robot.clickOn("#engagement-title").write("Dates review");
    }

    private void openWindow(Locale locale, String startButton) throws Exception {
        Locale.setDefault(Locale.Category.FORMAT, locale);
        FxToolkit.registerPrimaryStage();
        Preferences node = Preferences.userRoot().node("org/demarc/dates-" + System.nanoTime());
        FxToolkit.setupStage(s -> {
            session = new AssessmentSession();
            UiPreferences prefs = new UiPreferences(node);
            files = new FileActions(session, dialogs, prefs, new RecoveryJournal(dir.resolve("journal")),
                    Clock.systemUTC());
            MainWindow window = new MainWindow(s, session, files, prefs, dialogs, Clock.systemUTC());
            s.setScene(new Scene(window.root(), 1024, 700));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(startButton);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        // The journal may still be writing into the temporary folder JUnit is about to delete.
        files.flushJournal();
        files.awaitFileWork();
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    private void typeInto(String id, String text) {
        robot.doubleClickOn("#" + id + "-text");
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String shown(String id) {
        return robot.lookup("#" + id + "-text").queryAs(TextField.class).getText();
    }

    private String errorUnder(String id) {
        Label error = robot.lookup("#" + id + "-error").queryAs(Label.class);
        return error.isVisible() ? error.getText() : "";
    }

    @Test
    void aSignatoryAddedBeforeSignOffIsSavedAndBackAfterReopening() throws Exception {
        openWindow(Locale.US, "#start-sample");
        robot.clickOn("7. Sign-off");
        robot.clickOn("#signoff-name").write("Ada Auditor");
        robot.clickOn("#signoff-role").write("Lead auditor");
        typeInto("signoff-date", "2026-12-24");
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#signoff-add").query()).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.isDirty()).as("a new signatory is unsaved work").isTrue();
        assertThat(robot.listWindows()).anySatisfy(w -> assertThat(((javafx.stage.Stage) w).getTitle()).contains("•"));

        Path file = dir.resolve("drafts.demarc");
        dialogs.saveTargets.add(file);
        robot.push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && !session.isDirty());
        assertThat(Files.readString(file)).contains("\"draftSignatories\"").contains("Ada Auditor");

        robot.push(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.assessment() == null);
        dialogs.openTargets.add(file);
        robot.clickOn("#start-open");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.assessment() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("7. Sign-off");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signoff-signatories").tryQuery().isPresent());
        javafx.scene.control.ListView<org.demarc.model.Signatory> list = robot.lookup("#signoff-signatories").queryListView();
        assertThat(list.getItems()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Ada Auditor");
            assertThat(s.role()).isEqualTo("Lead auditor");
            assertThat(s.date()).isEqualTo(LocalDate.of(2026, 12, 24));
        });
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void addingASignatoryIsUndoneWithCtrlZ() throws Exception {
        openWindow(Locale.US, "#start-sample");
        robot.clickOn("7. Sign-off");
        robot.clickOn("#signoff-name").write("Ada Auditor");
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#signoff-add").query()).fire());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<org.demarc.model.Signatory> list = robot.lookup("#signoff-signatories").queryListView();
        assertThat(list.getItems()).hasSize(1);
        robot.clickOn("#signoff-signatories");
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).isEmpty();
    }
}
