package org.demarc.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.demarc.project.Samples;
import org.demarc.project.journal.RecoveryJournal;
import org.demarc.ui.common.Themes;
import org.demarc.ui.common.UiPreferences;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.shell.FileActions;
import org.demarc.ui.shell.MainWindow;
import org.demarc.ui.wizard.WizardStep;

/**
 * Renders every wizard step on the sample, in light and dark theme, at 1280×800, and the matrix and
 * the questions (searched, filtered, three chosen) at 1024×700, to PNG files:
 * {@code ./mvnw -q -Pscreenshots verify} (headless, no display needed).
 */
public final class WizardScreenshots {
    private WizardScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/screenshots");
        Files.createDirectories(out);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        // Each pass closes its window; the toolkit must outlive the last one closed.
        Platform.setImplicitExit(false);
        Path journalDir = Files.createTempDirectory("demarc-shots");
        for (boolean dark : new boolean[] {false, true}) {
            onFxThread(() -> renderAll(out, journalDir, dark));
            onFxThread(() -> renderProjectorMatrix(out, journalDir, dark));
            onFxThread(() -> renderProjectorQuestions(out, journalDir, dark));
            onFxThread(() -> renderPresenting(out, journalDir, dark));
            onFxThread(() -> renderCompareProviders(out, dark));
        }
        Platform.exit();
        System.out.println("screenshots written to " + out.toAbsolutePath());
    }

    /** Work that may fail, run on the FX thread. */
    interface FxWork {
        void run() throws Exception;
    }

    /** Runs the work on the FX thread and waits for it (two minutes at most); a failure is printed. */
    static void onFxThread(FxWork work) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                work.run();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("rendering timed out");
        }
    }

    private static void renderAll(Path out, Path journalDir, boolean dark) throws Exception {
        Stage stage = new Stage();
        UiPreferences prefs = UiPreferences.inMemory();
        prefs.setDarkTheme(dark);
        AssessmentSession session = new AssessmentSession();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        Clock clock = Clock.fixed(Instant.parse("2026-11-12T10:00:00Z"), ZoneOffset.UTC);
        FileActions files = new FileActions(session, dialogs, prefs, new RecoveryJournal(journalDir), clock);
        MainWindow window = new MainWindow(stage, session, files, prefs, dialogs, clock);
        Scene scene = new Scene(window.root(), 1280, 800);
        stage.setScene(scene);
        Themes.apply(scene, dark);
        stage.show();
        String theme = dark ? "dark" : "light";
        shoot(scene, out.resolve(theme + "-1-start.png"));
        session.load(Samples.webshop(), Path.of("webshop.demarc"), false);
        int n = 2;
        for (WizardStep step : WizardStep.values()) {
            if (step == WizardStep.START) {
                continue;
            }
            window.wizard().go(step);
            if (step == WizardStep.QUESTIONS) {
                selectControl(scene, "NET-01");
            }
            shoot(scene, out.resolve(theme + "-" + n++ + "-" + step.name().toLowerCase(java.util.Locale.ROOT) + ".png"));
        }
        window.wizard().go(WizardStep.QUESTIONS);
        selectControl(scene, "PHY-01");
        shoot(scene, out.resolve(theme + "-5b-questions-inherited.png"));
        stage.close();
    }

    /** The matrix of every service in scope on a projector's 1024×700, one override cell selected. */
    private static void renderProjectorMatrix(Path out, Path journalDir, boolean dark) throws Exception {
        Projector p = projector(journalDir, dark);
        Stage stage = p.stage();
        Scene scene = p.scene();
        MainWindow window = p.window();
        p.session().load(org.demarc.fixtures.LargeFixture.create(), Path.of("large.demarc"), false);
        window.wizard().go(WizardStep.RESPONSIBILITY);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        @SuppressWarnings("unchecked")
        var table = (javafx.scene.control.TableView<org.demarc.model.Control>) scene.lookup("#matrix-table");
        int row = table.getItems().stream().map(org.demarc.model.Control::id).toList().indexOf("PAT-02");
        table.getSelectionModel().clearAndSelect(row, table.getColumns().get(2));
        table.getFocusModel().focus(row, table.getColumns().get(2));
        shoot(scene, out.resolve((dark ? "dark" : "light") + "-4-responsibility-1024.png"));
        stage.close();
    }

    /** The questions of the sample on a projector: a search typed, a filter on, three controls chosen. */
    @SuppressWarnings("unchecked")
    private static void renderProjectorQuestions(Path out, Path journalDir, boolean dark) throws Exception {
        Projector p = projector(journalDir, dark);
        p.session().load(Samples.webshop(), Path.of("webshop.demarc"), false);
        p.window().wizard().go(WizardStep.QUESTIONS);
        p.scene().getRoot().applyCss();
        p.scene().getRoot().layout();
        ((javafx.scene.control.TextField) p.scene().lookup("#questions-search")).setText("access");
        ((javafx.scene.control.ToggleButton) p.scene().lookup("#questions-filter-noevidence")).setSelected(true);
        p.scene().getRoot().layout();
        var list = (javafx.scene.control.ListView<org.demarc.model.Control>) p.scene().lookup("#questions-list");
        list.getSelectionModel().selectRange(0, Math.min(3, list.getItems().size()));
        shoot(p.scene(), out.resolve((dark ? "dark" : "light") + "-5c-questions-search-1024.png"));
        p.stage().close();
    }

    /** Presentation mode on a projector: the sample's partial control with the internal fields hidden. */
    private static void renderPresenting(Path out, Path journalDir, boolean dark) throws Exception {
        Projector p = projector(journalDir, dark);
        p.session().load(Samples.webshop(), Path.of("webshop.demarc"), false);
        p.window().wizard().go(WizardStep.QUESTIONS);
        selectControl(p.scene(), "IAM-01");
        ((javafx.scene.control.ButtonBase) p.scene().lookup("#toolbar-present")).fire();
        p.scene().getRoot().applyCss();
        p.scene().getRoot().layout();
        shoot(p.scene(), out.resolve((dark ? "dark" : "light") + "-5d-presenting-1024.png"));
        p.stage().close();
    }

    /** Compare providers for Amazon RDS at 1024×700, its guest OS patching cell selected. */
    @SuppressWarnings("unchecked")
    private static void renderCompareProviders(Path out, boolean dark) throws Exception {
        var view = new org.demarc.ui.compare.ProviderComparisonView(
                org.demarc.ui.compare.ProviderComparisonViewModel.of("aws.rds"));
        Stage stage = new Stage();
        Scene scene = new Scene(view.root(), 1024, 700);
        stage.setScene(scene);
        Themes.apply(scene, dark);
        stage.show();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        var table = (javafx.scene.control.TableView<org.demarc.model.Control>) scene.lookup("#compare-providers-table");
        int row = table.getItems().stream().map(org.demarc.model.Control::id).toList().indexOf("PAT-02");
        table.scrollTo(Math.max(0, row - 8));
        table.getSelectionModel().clearAndSelect(row, table.getColumns().get(2));
        shoot(scene, out.resolve((dark ? "dark" : "light") + "-3b-compare-providers-1024.png"));
        stage.close();
    }

    private record Projector(Stage stage, AssessmentSession session, MainWindow window, Scene scene) {
    }

    /** The main window at a projector's 1024×700 in the theme, on a session of its own. */
    private static Projector projector(Path journalDir, boolean dark) {
        Stage stage = new Stage();
        UiPreferences prefs = UiPreferences.inMemory();
        AssessmentSession session = new AssessmentSession();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        Clock clock = Clock.fixed(Instant.parse("2026-11-12T10:00:00Z"), ZoneOffset.UTC);
        FileActions files = new FileActions(session, dialogs, prefs, new RecoveryJournal(journalDir), clock);
        MainWindow window = new MainWindow(stage, session, files, prefs, dialogs, clock);
        Scene scene = new Scene(window.root(), 1024, 700);
        stage.setScene(scene);
        Themes.apply(scene, dark);
        stage.show();
        return new Projector(stage, session, window, scene);
    }

    @SuppressWarnings("unchecked")
    private static void selectControl(Scene scene, String id) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        var list = (javafx.scene.control.ListView<org.demarc.model.Control>) scene.lookup("#questions-list");
        list.getItems().stream().filter(c -> c.id().equals(id)).findFirst()
                .ifPresent(c -> {
                    list.getSelectionModel().clearAndSelect(list.getItems().indexOf(c));
                    list.scrollTo(c);
                });
    }

    static void shoot(Scene scene, Path file) throws Exception {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        WritableImage image = scene.snapshot(null);
        File f = file.toFile();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", f);
        if (!f.isFile()) {
            throw new IllegalStateException("not written: " + file);
        }
    }
}
