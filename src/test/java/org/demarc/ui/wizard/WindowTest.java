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
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.project.ProjectFiles;
import org.demarc.project.journal.RecoveryJournal;
import org.demarc.ui.ScriptedDialogs;
import org.demarc.ui.common.FileOpener;
import org.demarc.ui.common.UiPreferences;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.shell.FileActions;
import org.demarc.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window at 1024×700, built as the application builds it, for tests that type and click
 * as a person does: scripted dialogs, a session, file actions with a journal in a temporary folder,
 * the locale under test; and the moves such tests share (type into a date field, read what it shows
 * and the error under it).
 */
@Tag("gui")
abstract class WindowTest {
    @TempDir
    Path dir;

    protected final FxRobot robot = new FxRobot();
    protected final ScriptedDialogs dialogs = new ScriptedDialogs();
    protected AssessmentSession session;
    /** What "Open PDF" and "Show in folder" call; a test may replace it before opening the window. */
    protected FileOpener opener = FileOpener.UNAVAILABLE;
    protected FileActions files;
    /** The preferences of the window opened last, for a test that opens another with the same. */
    protected Path preferences;
    /** The window's stage and the main window in it, once shown. */
    protected Stage stage;
    protected MainWindow window;
    private final Locale before = Locale.getDefault(Locale.Category.FORMAT);

    protected void openWindow(Locale locale) throws Exception {
        openWindow(locale, "#start-new");
        robot.clickOn("#engagement-title").write("Dates review");
    }

    protected void openWindow(Locale locale, String startButton) throws Exception {
        showWindow(locale);
        robot.clickOn(startButton);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.assessment() != null);
        // Opening takes the lock and writes the journal in the background; a test acts once that is done.
        files.awaitFileWork();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The window at its start step, nothing open yet: for tests of the start step itself. */
    protected void showWindow(Locale locale) throws Exception {
        Locale.setDefault(Locale.Category.FORMAT, locale);
        stage = FxToolkit.registerPrimaryStage();
        preferences = dir.resolve(UiPreferences.FILE_NAME);
        FxToolkit.setupStage(s -> {
            session = new AssessmentSession();
            UiPreferences prefs = new UiPreferences(preferences);
            files = new FileActions(session, dialogs, prefs, new RecoveryJournal(dir.resolve("journal")),
                    Clock.systemUTC(), projectFiles());
            window = new MainWindow(s, session, files, prefs, dialogs, Clock.systemUTC(), opener);
            s.setScene(new Scene(window.root(), 1024, 700));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The window with an assessment already open, untitled and unsaved, as the sample opens. */
    protected void openWindowWith(Assessment assessment) throws Exception {
        showWindow(Locale.US);
        robot.interact(() -> session.load(assessment, null, true));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the sample at the Questions step with a partially implemented control selected; returns its id. */
    protected String openSampleAtAPartialAnswer() throws Exception {
        openWindow(Locale.US, "#start-sample");
        robot.clickOn("5. Questions");
        javafx.scene.control.ListView<org.demarc.model.Control> list = robot.lookup("#questions-list").queryListView();
        robot.interact(() -> list.getItems().stream().filter(c -> session.assessment().answers().containsKey(c.id())
                        && session.assessment().answers().get(c.id()).status() == org.demarc.model.AnswerStatus.PARTIAL)
                .findFirst().ifPresent(c -> list.getSelectionModel().clearAndSelect(list.getItems().indexOf(c))));
        WaitForAsyncUtils.waitForFxEvents();
        return list.getSelectionModel().getSelectedItem().id();
    }

    /** Scrolls the question list to a control and clicks its row (flagged rows end in a mark), as a user would. */
    @SuppressWarnings("unchecked")
    protected void clickControl(String text) {
        ListView<Control> list = robot.lookup("#questions-list").queryAs(ListView.class);
        String id = text.substring(0, text.indexOf(' '));
        robot.interact(() -> list.getItems().stream().filter(c -> c.id().equals(id)).findFirst()
                .ifPresent(list::scrollTo));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> c) -> c.getText() != null
                && c.getText().startsWith(text)).queryAs(ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Presses a button the keyboard way: the focus scrolls it into view (the form is taller than
     * 1024×700), Space presses it.
     */
    protected void pressByKeyboard(String query) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Ctrl (Cmd on a Mac) with {@code key}, as a person presses a shortcut; returns once the window has handled it. */
    protected void shortcut(KeyCode key) {
        robot.push(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Alt with {@code key}: a mnemonic of a field, button or menu; returns once the window has handled it. */
    protected void alt(KeyCode key) {
        robot.push(new KeyCodeCombination(key, KeyCombination.ALT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The Questions step at control {@code id}. */
    protected void showControl(String id) {
        robot.clickOn("5. Questions");
        javafx.scene.control.ListView<org.demarc.model.Control> list = robot.lookup("#questions-list").queryListView();
        robot.interact(() -> list.getItems().stream().filter(c -> c.id().equals(id)).findFirst()
                .ifPresent(c -> list.getSelectionModel().clearAndSelect(list.getItems().indexOf(c))));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** How the window reads and writes project files; a test may inject file-system faults. */
    protected ProjectFiles projectFiles() {
        return new ProjectFiles();
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        // The journal may still be writing into the temporary folder JUnit is about to delete.
        files.flushJournal();
        files.awaitFileWork();
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    protected void typeInto(String id, String text) {
        robot.doubleClickOn("#" + id + "-text");
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected String shown(String id) {
        return robot.lookup("#" + id + "-text").queryAs(TextField.class).getText();
    }

    protected String errorUnder(String id) {
        Label error = robot.lookup("#" + id + "-error").queryAs(Label.class);
        return error.isVisible() ? error.getText() : "";
    }
}
