package org.demarc.ui;

import java.time.Clock;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.demarc.project.journal.RecoveryJournal;
import org.demarc.ui.common.FxDialogService;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Themes;
import org.demarc.ui.common.UiPreferences;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.shell.FileActions;
import org.demarc.ui.shell.MainWindow;

/**
 * The JavaFX application. The window is shown first; the file named on the command line, the
 * sample, or an offer to recover unsaved work follow once it is on screen.
 */
public final class DemarcApp extends Application {
    private MainWindow window;

    private static final java.util.logging.Logger LOG = org.demarc.io.EventLog.of(DemarcApp.class);

    @Override
    public void start(Stage stage) {
        org.demarc.io.EventLog.start(org.demarc.project.journal.UserDataFolder.resolve().resolve("logs"));
        LOG.info(() -> "start: Demarc " + org.demarc.model.ProductVersion.current() + ", Java "
                + System.getProperty("java.runtime.version") + ", " + System.getProperty("os.name"));
        GuiArguments args = GuiArguments.parse(getParameters().getRaw());
        org.demarc.ui.common.UiFonts.preload();
        UiPreferences prefs = UiPreferences.forUser();
        // The window appears at once with a plain placeholder; the theme, icons and wizard are built
        // in the next pulse, so start-up feels as quick as a bare JavaFX window.
        double[] bounds = org.demarc.ui.common.WindowPlacement.fit(prefs.windowBounds(),
                javafx.stage.Screen.getScreens().stream().map(javafx.stage.Screen::getVisualBounds).toList(),
                javafx.stage.Screen.getPrimary().getVisualBounds());
        Label loading = new Label(I18n.t("app.starting"));
        StackPane placeholder = new StackPane(loading);
        stage.setScene(new Scene(placeholder, bounds[2], bounds[3]));
        stage.titleProperty().unbind();
        stage.setTitle(I18n.t("app.title"));
        if (!Double.isNaN(bounds[0]) && !Double.isNaN(bounds[1])) {
            stage.setX(bounds[0]);
            stage.setY(bounds[1]);
        }
        stage.setMaximized(prefs.windowMaximized());
        if (Boolean.getBoolean(EXIT_WHEN_SHOWN)) {
            stage.setOnShown(e -> System.out.println("DEMARC-SHOWN"));
        }
        stage.show();
        Platform.runLater(() -> buildWindow(stage, prefs, args));
    }

    private void buildWindow(Stage stage, UiPreferences prefs, GuiArguments args) {
        AssessmentSession session = new AssessmentSession();
        FxDialogService dialogs = new FxDialogService(stage);
        UnexpectedErrors.install(dialogs);
        RecoveryJournal journal = RecoveryJournal.forCurrentUser();
        FileActions files = new FileActions(session, dialogs, prefs, journal, Clock.systemDefaultZone());
        window = new MainWindow(stage, session, files, prefs, dialogs, Clock.systemDefaultZone(),
                new org.demarc.ui.common.DesktopFileOpener());
        stage.getScene().setRoot(window.root());
        org.demarc.ui.shell.MacOpenFiles.install(files);
        Themes.apply(stage.getScene(), prefs.darkTheme());
        stage.setOnCloseRequest(e -> {
            e.consume();
            window.requestQuit();
        });
        if (Boolean.getBoolean(SMOKE_TEST) || args.selfTest()) {
            Platform.runLater(() -> smokeTest(files, stage));
            return;
        }
        if (Boolean.getBoolean(EXIT_WHEN_SHOWN)) {
            // The start screen has been laid out and rendered once by the time this runs.
            Platform.runLater(() -> {
                System.out.println("DEMARC-READY");
                Platform.exit();
            });
            return;
        }
        Platform.runLater(() -> afterShown(args, files, journal, dialogs));
    }

    /** Set by the start-up benchmark: report the first window and the finished one, then quit. */
    static final String EXIT_WHEN_SHOWN = "demarc.exitWhenShown";

    /** Set by the launch-route test: open the sample, show every step once, report and quit. */
    static final String SMOKE_TEST = "demarc.smokeTest";

    private void smokeTest(FileActions files, Stage stage) {
        files.openSample();
        int shown = 0;
        for (org.demarc.ui.wizard.WizardStep step : org.demarc.ui.wizard.WizardStep.values()) {
            if (window.wizard().go(step)) {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                shown++;
            }
        }
        System.out.println("DEMARC-SMOKE-OK steps=" + shown);
        Platform.exit();
    }

    /** The journal is read in the background; what to open is decided once it is known. */
    private static void afterShown(GuiArguments args, FileActions files, RecoveryJournal journal,
                                   FxDialogService dialogs) {
        org.demarc.ui.common.Tasks.create(journal::find)
                .onSuccess(recovered -> openFirst(args, files, dialogs, recovered))
                .onError(e -> openFirst(args, files, dialogs, java.util.Optional.empty()))
                .start();
    }

    private static void openFirst(GuiArguments args, FileActions files, FxDialogService dialogs,
                                  java.util.Optional<RecoveryJournal.Recovered> recovered) {
        if (recovered.isPresent() && dialogs.confirm(I18n.t("recovery.title"),
                I18n.t("recovery.message", org.demarc.ui.common.HumanTime.of(recovered.get().savedAt()),
                        recovered.get().origin() == null ? I18n.t("file.untitled") : recovered.get().origin().toString()),
                I18n.t("recovery.recover"))) {
            files.recover(recovered.get());
            return;
        }
        if (args.sample()) {
            files.openSample();
        } else if (args.file() != null) {
            files.open(args.file());
        }
    }
}
