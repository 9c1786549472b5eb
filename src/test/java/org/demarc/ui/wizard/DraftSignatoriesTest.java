package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

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
class DraftSignatoriesTest extends WindowTest {
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
