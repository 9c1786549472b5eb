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

/** Tab moves between fields in every multi-line field, as in every other field; it never types a tab. */
class FormKeyboardTest {
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
    void tabLeavesTheEngagementTextAreasAndTypesNoTab() throws Exception {
        openWindow(Locale.US);
        robot.clickOn("#engagement-assessors").write("Ada Auditor");
        robot.type(KeyCode.TAB);
        robot.write("2026-12-01");
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.TAB);
        robot.clickOn("#engagement-scope").write("Production account");
        robot.type(KeyCode.TAB);
        robot.write("x");
        WaitForAsyncUtils.waitForFxEvents();
        var e = session.assessment().engagement();
        assertThat(e.assessors()).containsExactly("Ada Auditor");
        assertThat(e.startDate()).as("Tab went on to the start date").isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(e.scopeStatement()).isEqualTo("Production account").doesNotContain("\t");
    }

    @Test
    void tabLeavesTheSignOffStatement() throws Exception {
        openWindow(Locale.US, "#start-sample");
        robot.clickOn("7. Sign-off");
        javafx.scene.control.TextArea statement = robot.lookup(".text-area").queryAllAs(javafx.scene.control.TextArea.class)
                .stream().filter(javafx.scene.Node::isVisible).findFirst().orElseThrow();
        String before = statement.getText();
        robot.interact(statement::requestFocus);
        robot.interact(statement::end);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(statement.getText()).isEqualTo(before);
        assertThat(statement.isFocused()).isFalse();
    }
}
