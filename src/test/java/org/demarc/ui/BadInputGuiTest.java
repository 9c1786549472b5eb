package org.demarc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.demarc.model.Assessment;
import org.demarc.project.ProjectFiles;
import org.demarc.project.journal.RecoveryJournal;
import org.demarc.ui.common.UiPreferences;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.shell.FileActions;
import org.demarc.ui.shell.MainWindow;
import org.demarc.ui.wizard.WizardStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Any Unicode text of any length in any field: the layout holds, the save and the reload are exact. */
class BadInputGuiTest {
    private static final String RTL = "مراجعة المسؤولية المشتركة \u202Eevil\u202C";
    private static final String EMOJI = "🔐🧑🏽‍💻 \u0000\u0007 tab\there";

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Throwable> fxErrors = new ArrayList<>();
    private AssessmentSession session;
    private FileActions files;
    private MainWindow window;
    private Stage stage;

    @BeforeEach
    void open() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
            session = new AssessmentSession();
            UiPreferences prefs = new UiPreferences(Preferences.userRoot().node("org/demarc/bad-" + System.nanoTime()));
            files = new FileActions(session, dialogs, prefs, new RecoveryJournal(dir.resolve("journal")), Clock.systemUTC());
            window = new MainWindow(s, session, files, prefs, dialogs, Clock.systemUTC());
            s.setScene(new Scene(window.root(), 1280, 800));
            s.show();
            files.openSample();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void hugeAndHostileTextKeepsTheLayoutAndSurvivesSaveAndReload() throws Exception {
        String huge = "Finding line with words. ".repeat(4000); // 100,000 characters
        String longTitle = "T".repeat(10_000);
        robot.interact(() -> {
            robot.lookup("#engagement-title").queryAs(TextField.class).setText(longTitle);
            robot.lookup("#engagement-workload").queryAs(TextField.class).setText(RTL + " " + EMOJI);
            window.wizard().go(WizardStep.QUESTIONS);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            robot.lookup("#question-finding").queryAs(TextArea.class).setText(huge);
            robot.lookup("#question-comment").queryAs(TextArea.class).setText(EMOJI + RTL);
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (WizardStep step : WizardStep.values()) {
            robot.interact(() -> window.wizard().go(step));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(stage.getScene().getRoot().getLayoutBounds().getWidth()).as(step.name()).isLessThanOrEqualTo(1280.5);
        }
        Assessment edited = session.assessment();
        assertThat(edited.engagement().title()).hasSize(10_000);
        Path file = dir.resolve("bad.demarc");
        dialogs.saveTargets.add(file);
        robot.interact(files::save);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && !session.isDirty());
        assertThat(new ProjectFiles().open(file).value()).isEqualTo(edited);
        assertThat(fxErrors).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }
}
