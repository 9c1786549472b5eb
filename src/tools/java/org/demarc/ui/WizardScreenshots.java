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
 * Renders every wizard step on the sample, in light and dark theme, at 1280×800, and at 1024×700 the
 * matrix, the questions (searched, filtered, three chosen), presentation mode, the attendees, the
 * sign-off warnings, the OSCAL export, the workshop handout, a service's deployment choice and a
 * bundle open read-only, to PNG files:
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
            renderAll(out, journalDir, dark);
            renderProjectorMatrix(out, journalDir, dark);
            onFxThread(() -> renderProjectorQuestions(out, journalDir, dark));
            onFxThread(() -> renderPresenting(out, journalDir, dark));
            onFxThread(() -> renderCompareProviders(out, dark));
            onFxThread(() -> renderWorkshop(out, journalDir, dark));
            onFxThread(() -> renderDeployment(out, journalDir, dark));
            onFxThread(() -> renderBundle(out, journalDir, dark));
            onFxThread(() -> renderDialogs(out, dark));
            renderHandout(out, journalDir, dark);
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

    /** Every step of the sample at 1280×800; the matrix is shot once it has all its rows. */
    private static void renderAll(Path out, Path journalDir, boolean dark) throws Exception {
        java.util.concurrent.atomic.AtomicReference<Projector> made = new java.util.concurrent.atomic.AtomicReference<>();
        String theme = dark ? "dark" : "light";
        onFxThread(() -> {
            Projector p = window(journalDir, dark, 1280, 800);
            made.set(p);
            shoot(p.scene(), out.resolve(theme + "-1-start.png"));
            p.session().load(Samples.webshop(), Path.of("webshop.demarc"), false);
        });
        Projector p = made.get();
        int n = 2;
        for (WizardStep step : WizardStep.values()) {
            if (step == WizardStep.START) {
                continue;
            }
            onFxThread(() -> p.window().wizard().go(step));
            if (step == WizardStep.RESPONSIBILITY) {
                awaitMatrix(p.scene());
            }
            Path file = out.resolve(theme + "-" + n++ + "-" + step.name().toLowerCase(java.util.Locale.ROOT) + ".png");
            onFxThread(() -> {
                if (step == WizardStep.QUESTIONS) {
                    selectControl(p.scene(), "NET-01");
                }
                shoot(p.scene(), file);
            });
        }
        onFxThread(() -> {
            p.window().wizard().go(WizardStep.QUESTIONS);
            selectControl(p.scene(), "PHY-01");
            shoot(p.scene(), out.resolve(theme + "-5b-questions-inherited.png"));
            closeAfterPendingWork(p.stage());
        });
    }

    /**
     * Waits, off the FX thread, until the matrix has all its rows: the first time it is shown it
     * builds over several pulses.
     */
    private static void awaitMatrix(Scene scene) throws InterruptedException {
        javafx.css.PseudoClass building = javafx.css.PseudoClass.getPseudoClass("building");
        for (int i = 0; i < 600; i++) {
            boolean[] busy = {true};
            onFxThread(() -> {
                javafx.scene.Node tables = scene.lookup(".matrix-tables");
                busy[0] = tables == null || tables.getPseudoClassStates().contains(building);
            });
            if (!busy[0]) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the matrix was not built in 30 s");
    }

    /** The matrix of every service in scope on a projector's 1024×700, one override cell selected. */
    private static void renderProjectorMatrix(Path out, Path journalDir, boolean dark) throws Exception {
        java.util.concurrent.atomic.AtomicReference<Projector> made = new java.util.concurrent.atomic.AtomicReference<>();
        onFxThread(() -> {
            made.set(projector(journalDir, dark, org.demarc.fixtures.LargeFixture.create(), "large.demarc",
                    WizardStep.RESPONSIBILITY));
        });
        Projector p = made.get();
        awaitMatrix(p.scene());
        onFxThread(() -> {
            @SuppressWarnings("unchecked")
            var table = (javafx.scene.control.TableView<org.demarc.model.Control>) p.scene().lookup("#matrix-table");
            int row = table.getItems().stream().map(org.demarc.model.Control::id).toList().indexOf("PAT-02");
            table.getSelectionModel().clearAndSelect(row, table.getColumns().get(2));
            table.getFocusModel().focus(row, table.getColumns().get(2));
            shoot(p.scene(), out.resolve((dark ? "dark" : "light") + "-4-responsibility-1024.png"));
            closeAfterPendingWork(p.stage());
        });
    }

    /** The sample's attendees, its sign-off warnings and the export step's OSCAL section, at 1024×700. */
    private static void renderWorkshop(Path out, Path journalDir, boolean dark) throws Exception {
        String theme = dark ? "dark" : "light";
        Projector p = projector(journalDir, dark);
        org.demarc.model.Assessment sample = Samples.webshop();
        sample = sample.withEngagement(sample.engagement().withAttendees(java.util.List.of(
                new org.demarc.model.Attendee("Dana Whitfield", "Head of platform", "Northwind Retail GmbH"),
                new org.demarc.model.Attendee("Sam Okafor", "Security officer", "Northwind Retail GmbH"),
                new org.demarc.model.Attendee("Alex Morgan", "Auditor", "Demarc Audit"))));
        p.session().load(sample, Path.of("webshop.demarc"), false);
        p.window().wizard().go(WizardStep.ENGAGEMENT);
        reveal(p.scene(), "#attendee-add");
        shoot(p.scene(), out.resolve(theme + "-2b-engagement-attendees-1024.png"));
        p.window().wizard().go(WizardStep.SIGN_OFF);
        reveal(p.scene(), "#signoff-warnings");
        shoot(p.scene(), out.resolve(theme + "-7b-signoff-warnings-1024.png"));
        p.window().wizard().go(WizardStep.EXPORT);
        reveal(p.scene(), "#export-oscal");
        shoot(p.scene(), out.resolve(theme + "-8b-export-oscal-1024.png"));
        closeAfterPendingWork(p.stage());
    }

    /**
     * File → Export workshop handout… on a projector: the menu item takes the window to the export
     * step and focuses "Export handout…" once the step is shown, so the shot waits a turn for it.
     */
    private static void renderHandout(Path out, Path journalDir, boolean dark) throws Exception {
        java.util.concurrent.atomic.AtomicReference<Projector> made = new java.util.concurrent.atomic.AtomicReference<>();
        onFxThread(() -> {
            Projector p = projector(journalDir, dark);
            made.set(p);
            p.session().load(Samples.webshop(), Path.of("webshop.demarc"), false);
            p.scene().getRoot().applyCss();
            var bar = (javafx.scene.control.MenuBar) p.scene().lookup(".menu-bar");
            bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(i -> "menu-export-handout".equals(i.getId())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no File → Export workshop handout…")).fire();
        });
        Projector p = made.get();
        onFxThread(() -> {
            reveal(p.scene(), "#export-handout");
            shoot(p.scene(), out.resolve((dark ? "dark" : "light") + "-8c-export-handout-1024.png"));
            closeAfterPendingWork(p.stage());
        });
    }

    /** The Services step with a service that runs in several ways (Amazon ECS): its Deployment choice. */
    @SuppressWarnings("unchecked")
    private static void renderDeployment(Path out, Path journalDir, boolean dark) throws Exception {
        Projector p = projector(journalDir, dark, org.demarc.fixtures.LargeFixture.create(), "large.demarc",
                WizardStep.SERVICES);
        p.scene().getRoot().applyCss();
        p.scene().getRoot().layout();
        var list = (javafx.scene.control.ListView<org.demarc.model.Service>) p.scene().lookup("#services-list");
        list.getItems().stream().filter(s -> s.id().equals("aws.ecs")).findFirst().ifPresent(s -> {
            list.getSelectionModel().clearAndSelect(list.getItems().indexOf(s));
            // One service above it in view, so the selected line is not cut by the list's top edge.
            list.scrollTo(Math.max(0, list.getItems().indexOf(s) - 1));
        });
        shoot(p.scene(), out.resolve((dark ? "dark" : "light") + "-3b-services-deployment-1024.png"));
        closeAfterPendingWork(p.stage());
    }

    /**
     * A {@code .demarcz} opened read-only, as File → Open shows it once every hash matched: the
     * banner that offers to unpack it over the Questions step.
     */
    private static void renderBundle(Path out, Path journalDir, boolean dark) throws Exception {
        Projector p = projector(journalDir, dark);
        p.session().load(Samples.webshop(), Path.of("webshop.demarcz"), false, true);
        p.window().wizard().go(WizardStep.QUESTIONS);
        selectControl(p.scene(), "NET-01");
        // One control above it in view, so the selected line is not cut by the list's top edge.
        @SuppressWarnings("unchecked")
        var list = (javafx.scene.control.ListView<org.demarc.model.Control>) p.scene().lookup("#questions-list");
        list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex() - 1));
        shoot(p.scene(), out.resolve((dark ? "dark" : "light") + "-5e-bundle-read-only-1024.png"));
        closeAfterPendingWork(p.stage());
    }

    /**
     * File → Merge with… (the sample and a copy changed elsewhere, no common ancestor) and File →
     * Import scan results… (the example Prowler CSV) as their dialogs show them.
     */
    private static void renderDialogs(Path out, boolean dark) throws Exception {
        String theme = dark ? "dark" : "light";
        org.demarc.model.Assessment ours = Samples.webshop();
        var options = new org.demarc.assessment.merge.MergeOptions(null, false, Instant.parse("2026-11-20T10:00:00Z"),
                "Alex Morgan", "webshop.demarc", "webshop-workshop.demarc", "");
        var merge = new org.demarc.ui.interop.MergeViewModel(null, ours, InteropScreenshots.editedAfterExport(), options);
        shootPane(new org.demarc.ui.interop.MergeDialog(merge).content(), 900, 560, dark,
                out.resolve(theme + "-merge-1024.png"));
        Path scan = Path.of("src/test/resources/org/demarc/interop/scan/example_output_aws.csv");
        var suggestions = org.demarc.interop.scan.ScanSuggestions.of(ours, scan);
        var preview = new org.demarc.ui.interop.ScanPreviewViewModel(suggestions, scan.getFileName().toString(),
                "scans/" + scan.getFileName());
        shootPane(new org.demarc.ui.interop.ScanPreviewDialog(preview).content(), 980, 600, dark,
                out.resolve(theme + "-scan-import-1024.png"));
    }

    /** A dialog's content on its own, in the theme and with the program's stylesheet. */
    private static void shootPane(javafx.scene.Parent content, int width, int height, boolean dark, Path file)
            throws Exception {
        javafx.scene.layout.StackPane pane = new javafx.scene.layout.StackPane(content);
        pane.setPadding(new javafx.geometry.Insets(16));
        pane.getStylesheets().add(MainWindow.class.getResource("/org/demarc/ui/demarc.css").toExternalForm());
        Scene scene = show(pane, width, height, dark);
        shoot(scene, file);
        scene.getWindow().hide();
    }

    /** A window of its own showing {@code root} at the size given, in the theme. */
    private static Scene show(javafx.scene.Parent root, int width, int height, boolean dark) {
        Stage stage = new Stage();
        Scene scene = new Scene(root, width, height);
        stage.setScene(scene);
        Themes.apply(scene, dark);
        stage.show();
        return scene;
    }

    /** Scrolls the step's scroll pane so the node of {@code selector} is near its top. */
    private static void reveal(Scene scene, String selector) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        javafx.scene.Node node = scene.lookup(selector);
        if (node == null) {
            throw new IllegalStateException("not on screen: " + selector);
        }
        for (javafx.scene.Parent up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof javafx.scene.control.ScrollPane pane && pane.isVisible()) {
                javafx.geometry.Bounds at = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double room = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                if (room > 0) {
                    pane.setVvalue(Math.max(0, Math.min(1, (at.getMinY() - 48) / room)));
                }
                break;
            }
        }
        scene.getRoot().layout();
    }

    /** The questions of the sample on a projector: a search typed, a filter on, three controls chosen. */
    @SuppressWarnings("unchecked")
    private static void renderProjectorQuestions(Path out, Path journalDir, boolean dark) throws Exception {
        Projector p = projector(journalDir, dark, Samples.webshop(), "webshop.demarc", WizardStep.QUESTIONS);
        p.scene().getRoot().applyCss();
        p.scene().getRoot().layout();
        ((javafx.scene.control.TextField) p.scene().lookup("#questions-search")).setText("access");
        ((javafx.scene.control.ToggleButton) p.scene().lookup("#questions-filter-noevidence")).setSelected(true);
        p.scene().getRoot().layout();
        var list = (javafx.scene.control.ListView<org.demarc.model.Control>) p.scene().lookup("#questions-list");
        list.getSelectionModel().selectRange(0, Math.min(3, list.getItems().size()));
        shoot(p.scene(), out.resolve((dark ? "dark" : "light") + "-5c-questions-search-1024.png"));
        closeAfterPendingWork(p.stage());
    }

    /** Presentation mode on a projector: the sample's partial control with the internal fields hidden. */
    private static void renderPresenting(Path out, Path journalDir, boolean dark) throws Exception {
        Projector p = projector(journalDir, dark, Samples.webshop(), "webshop.demarc", WizardStep.QUESTIONS);
        selectControl(p.scene(), "IAM-01");
        ((javafx.scene.control.ButtonBase) p.scene().lookup("#toolbar-present")).fire();
        p.scene().getRoot().applyCss();
        p.scene().getRoot().layout();
        shoot(p.scene(), out.resolve((dark ? "dark" : "light") + "-5d-presenting-1024.png"));
        closeAfterPendingWork(p.stage());
    }

    /** Compare providers for Amazon RDS at 1024×700, its guest OS patching cell selected. */
    @SuppressWarnings("unchecked")
    private static void renderCompareProviders(Path out, boolean dark) throws Exception {
        var view = new org.demarc.ui.compare.ProviderComparisonView(
                org.demarc.ui.compare.ProviderComparisonViewModel.of("aws.rds"));
        Scene scene = show(view.root(), 1024, 700, dark);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        var table = (javafx.scene.control.TableView<org.demarc.model.Control>) scene.lookup("#compare-providers-table");
        int row = table.getItems().stream().map(org.demarc.model.Control::id).toList().indexOf("PAT-02");
        table.scrollTo(Math.max(0, row - 8));
        table.getSelectionModel().clearAndSelect(row, table.getColumns().get(2));
        shoot(scene, out.resolve((dark ? "dark" : "light") + "-3b-compare-providers-1024.png"));
        scene.getWindow().hide();
    }

    /**
     * Closes the window after the work the shown step queued (focusing and styling its first
     * control): closed in the same turn, that work styles nodes of a window already gone and
     * JavaFX logs each colour it cannot resolve there.
     */
    private static void closeAfterPendingWork(Stage stage) {
        Platform.runLater(stage::close);
    }

    private record Projector(Stage stage, AssessmentSession session, MainWindow window, Scene scene) {
    }

    /** The main window at a projector's 1024×700 in the theme, on a session of its own. */
    private static Projector projector(Path journalDir, boolean dark) {
        return window(journalDir, dark, 1024, 700);
    }

    /** The main window at the size given in the theme, on a session of its own. */
    private static Projector window(Path journalDir, boolean dark, int width, int height) {
        Stage stage = new Stage();
        UiPreferences prefs = UiPreferences.inMemory();
        prefs.setDarkTheme(dark);
        AssessmentSession session = new AssessmentSession();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        Clock clock = Clock.fixed(Instant.parse("2026-11-12T10:00:00Z"), ZoneOffset.UTC);
        FileActions files = new FileActions(session, dialogs, prefs, new RecoveryJournal(journalDir), clock);
        MainWindow window = new MainWindow(stage, session, files, prefs, dialogs, clock);
        Scene scene = new Scene(window.root(), width, height);
        stage.setScene(scene);
        Themes.apply(scene, dark);
        stage.show();
        return new Projector(stage, session, window, scene);
    }

    /** The projector's window with {@code assessment} open at {@code step}. */
    private static Projector projector(Path journalDir, boolean dark, org.demarc.model.Assessment assessment,
            String fileName, WizardStep step) {
        Projector p = projector(journalDir, dark);
        p.session().load(assessment, Path.of(fileName), false);
        p.window().wizard().go(step);
        return p;
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
