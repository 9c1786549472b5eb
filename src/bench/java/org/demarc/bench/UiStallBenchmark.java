package org.demarc.bench;

import java.nio.file.Files;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.demarc.fixtures.LargeFixture;
import org.demarc.project.journal.RecoveryJournal;
import org.demarc.ui.ScriptedDialogs;
import org.demarc.ui.common.UiPreferences;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.shell.FileActions;
import org.demarc.ui.shell.MainWindow;
import org.demarc.ui.wizard.WizardStep;

/**
 * How long the FX thread is busy for one user action on the large fixture (every service, every
 * control answered with 2,000-character notes): moving to the next control with Ctrl+Down,
 * typing one character into the finding, and entering the Responsibility step after
 * an edit that changes no responsibility (every service of the built-in catalog in scope, so the
 * figure grows with the catalog); the Responsibility step also on the 69 services of the workshop
 * that found it stalling and on every service of the three providers. Each sample is the handler, the CSS and layout pass that follows
 * it and the work it left for the next turns of the event loop, in a headless toolkit; the worst
 * sample is what a user would feel as a stall.
 */
final class UiStallBenchmark {
    private static final int ACTIONS = 300;
    private static final int MATRIX_VISITS = 20;

    private UiStallBenchmark() {
    }

    static void run() throws Exception {
        startToolkit();
        onFx(() -> open(LargeFixture.create()));
        report("ui.next_control", navigate());
        report("ui.type_character", type());
        matrixFigures();
        Platform.exit();
    }

    /** Only the Responsibility step's figures: on 69 services, on the large fixture and on the three providers. */
    static void runMatrix() throws Exception {
        startToolkit();
        matrixFigures();
        Platform.exit();
    }

    private static void matrixFigures() throws Exception {
        workshopScope();
        onFx(() -> open(LargeFixture.create()));
        System.out.printf(Locale.ROOT, "ui.matrix_services %d count%n", session.assessment().scope().size());
        firstMatrixVisit("ui.matrix_first_visit");
        report("ui.matrix_visit", matrixVisits());
        // Every service of aws, azure and gcp in one assessment, in a window of its own.
        onFx(() -> open(LargeFixture.threeProviders()));
        System.out.printf(Locale.ROOT, "ui.three_providers.matrix_services %d count%n",
                session.assessment().scope().size());
        firstMatrixVisit("ui.three_providers.matrix_first_visit");
        java.util.List<Double> cpu = new java.util.ArrayList<>();
        report("ui.three_providers.matrix_scroll", matrixScrolls(cpu));
        report("ui.three_providers.matrix_scroll.cpu", values(cpu));
    }

    /** Services in the scope of the workshop that found the matrix stalling (issue 12). */
    private static final int WORKSHOP_SERVICES = 69;
    /** In the workshop scope and deployed in several ways: choosing how changes responsibilities. */
    private static final String VARIED_SERVICE = "aws.eks";

    /**
     * The workshop's scope: the first 69 services of the built-in catalog (Amazon EKS among them),
     * in a window of its own: first visit, revisits after an edit that changes no responsibility
     * and after one that does (EKS Auto Mode and back), and scrolling down and sideways.
     */
    private static void workshopScope() throws Exception {
        org.demarc.model.Assessment all = LargeFixture.create();
        java.util.TreeSet<String> scope = all.scope().stream().limit(WORKSHOP_SERVICES)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        if (!scope.contains(VARIED_SERVICE)) {
            throw new IllegalStateException(VARIED_SERVICE + " is not among the first " + WORKSHOP_SERVICES);
        }
        onFx(() -> open(all.withScope(scope)));
        String p = "ui.services_" + WORKSHOP_SERVICES + ".";
        System.out.printf(Locale.ROOT, "%smatrix_services %d count%n", p, session.assessment().scope().size());
        firstMatrixVisit(p + "matrix_first_visit");
        java.util.List<Double> cpu = new java.util.ArrayList<>();
        report(p + "matrix_visit", matrixVisits(cpu, false));
        report(p + "matrix_visit.cpu", values(cpu));
        cpu.clear();
        report(p + "matrix_visit_changed", matrixVisits(cpu, true));
        report(p + "matrix_visit_changed.cpu", values(cpu));
        cpu.clear();
        report(p + "matrix_scroll", matrixScrolls(cpu));
        report(p + "matrix_scroll.cpu", values(cpu));
    }

    private static double[] values(java.util.List<Double> ms) {
        return ms.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void startToolkit() throws InterruptedException {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
    }

    interface FxWork {
        void run() throws Exception;
    }

    /** Runs untimed preparation on the FX thread and waits until it and what it left for later are done. */
    private static void onFx(FxWork work) throws Exception {
        timed(work);
    }

    /**
     * The time the FX thread is busy for {@code action}: the action, the CSS and layout pass after
     * it, and the work it posted for later (a step's focus and refresh run in the next turn of the
     * event loop, and the user waits for them as much as for the action).
     */
    private static double timed(FxWork action) throws Exception {
        CompletableFuture<Double> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            long t = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            try {
                action.run();
                pass(scene);
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
                return;
            }
            // Two turns: what the action posted, and what that posted in turn.
            Platform.runLater(() -> Platform.runLater(() -> {
                pass(scene);
                lastCpuMs = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6;
                result.complete((System.nanoTime() - t) / 1e6);
            }));
        });
        return result.get(120, TimeUnit.SECONDS);
    }

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    /** The FX thread's CPU time of the last timed action: less shaken by other work on the machine. */
    private static volatile double lastCpuMs;
    private static Scene scene;
    private static AssessmentSession session;
    private static MainWindow window;

    private static Stage stage;

    private static void open(org.demarc.model.Assessment fixture) throws Exception {
        if (stage != null) {
            stage.close();
        }
        stage = new Stage();
        session = new AssessmentSession();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        UiPreferences prefs = UiPreferences.inMemory();
        FileActions files = new FileActions(session, dialogs, prefs,
                new RecoveryJournal(Files.createTempDirectory("demarc-bench-journal")), Clock.systemUTC());
        window = new MainWindow(stage, session, files, prefs, dialogs, Clock.systemUTC());
        scene = new Scene(window.root(), 1280, 800);
        stage.setScene(scene);
        stage.show();
        session.load(fixture, null, false);
        window.wizard().go(WizardStep.QUESTIONS);
    }

    private static double[] navigate() throws Exception {
        Node list = scene.lookup("#questions-list");
        double[] ms = new double[ACTIONS];
        for (int i = 0; i < ACTIONS; i++) {
            // Down to the end of the list, then back up: Ctrl+Down and Ctrl+Up as a user presses them.
            KeyCode code = (i / 20) % 2 == 0 ? KeyCode.DOWN : KeyCode.UP;
            ms[i] = timed(() -> Event.fireEvent(list,
                    new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, true, false, false)));
        }
        return ms;
    }

    private static double[] type() throws Exception {
        TextArea finding = (TextArea) scene.lookup("#question-finding");
        onFx(() -> {
            finding.requestFocus();
            finding.positionCaret(finding.getLength());
        });
        double[] ms = new double[ACTIONS];
        for (int i = 0; i < ACTIONS; i++) {
            String ch = String.valueOf((char) ('a' + i % 26));
            ms[i] = timed(() -> Event.fireEvent(finding,
                    new KeyEvent(KeyEvent.KEY_TYPED, ch, "", KeyCode.UNDEFINED, false, false, false, false)));
        }
        if (finding.getLength() < 2000 + ACTIONS / 2) {
            throw new IllegalStateException("typing did not reach the finding: " + finding.getLength());
        }
        return ms;
    }

    /**
     * The first visit builds the matrix view and then gives it its rows over the next pulses: the
     * worst stall is the longest the FX thread is busy at a stretch from the click until the last
     * row is in (a probe asks it, one request at a time, how long it took to get round to it),
     * or the click itself with its pass if that is longer.
     */
    private static void firstMatrixVisit(String name) throws Exception {
        onFx(() -> window.wizard().go(WizardStep.QUESTIONS));
        StallProbe probe = StallProbe.start();
        long t = System.nanoTime();
        double click = timed(() -> window.wizard().go(WizardStep.RESPONSIBILITY));
        if (!window.wizard().currentProperty().get().equals(WizardStep.RESPONSIBILITY)) {
            throw new IllegalStateException("the Responsibility step was not entered");
        }
        double clickCpu = lastCpuMs;
        while (building()) {
            Thread.sleep(5);
        }
        double complete = (System.nanoTime() - t) / 1e6;
        double longest = probe.stop();
        double worst = Math.max(click, longest);
        System.out.printf(Locale.ROOT, "%s %.2f ms%n", name, worst);
        System.out.printf(Locale.ROOT, "%s.cpu %.2f ms%n", name, Math.max(clickCpu, probe.worstCpu()));
        System.out.printf(Locale.ROOT, "%s.click %.2f ms%n", name, click);
        System.out.printf(Locale.ROOT, "%s.click_cpu %.2f ms%n", name, clickCpu);
        System.out.printf(Locale.ROOT, "%s.complete %.2f ms%n", name, complete);
        // The click's figure spans two turns of the event loop, and a pulse of the build may run
        // between them: the probe's longest wait is the longest the window did not answer.
        System.out.printf(Locale.ROOT, "%s.longest_wait %.2f ms%n", name, longest);
        System.out.printf(Locale.ROOT, "%s.longest_wait_cpu %.2f ms%n", name, probe.worstCpu());
    }

    /**
     * Scrolling the matrix as a reader does: a screen down at a time to the end and back (the
     * vertical bar), then one service column sideways at a time across every service (the
     * sideways bar); each step timed with its pass and what it left for later, and its processor
 * time in {@code cpu}.
     */
    private static double[] matrixScrolls(java.util.List<Double> cpu) throws Exception {
        javafx.scene.control.ScrollBar sideways = (javafx.scene.control.ScrollBar) scene.lookup("#matrix-sideways");
        javafx.scene.control.TableView<?> table = (javafx.scene.control.TableView<?>) scene.lookup("#matrix-table");
        javafx.scene.control.skin.VirtualFlow<?> flow =
                (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
        java.util.List<Double> ms = new java.util.ArrayList<>();
        int pages = (int) Math.ceil(table.getItems().size() * 28 / Math.max(1, flow.getHeight()));
        for (int i = 0; i < 2 * pages; i++) {
            double by = (i < pages ? 1 : -1) * flow.getHeight();
            ms.add(timed(() -> flow.scrollPixels(by)));
            cpu.add(lastCpuMs);
        }
        int max = (int) sideways.getMax();
        if (max < 1) {
            throw new IllegalStateException("no services to scroll sideways to");
        }
        for (int i = 1; i <= max; i++) {
            int to = i;
            ms.add(timed(() -> sideways.setValue(to)));
            cpu.add(lastCpuMs);
        }
        return ms.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean building() throws Exception {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(scene.lookup(".matrix-tables").getPseudoClassStates()
                .contains(javafx.css.PseudoClass.getPseudoClass("building"))));
        return result.get(120, TimeUnit.SECONDS);
    }

    /** Back to Questions, one edit that changes no responsibility, then into the matrix again. */
    private static double[] matrixVisits() throws Exception {
        return matrixVisits(new java.util.ArrayList<>(), false);
    }

    /**
     * Back to Questions, one edit, then into the matrix again; the edit changes responsibilities
     * when {@code changing} (the varied service's deployment chosen and cleared in turn), else only
     * a finding. Each visit's processor time goes to {@code cpu}.
     */
    private static double[] matrixVisits(java.util.List<Double> cpu, boolean changing) throws Exception {
        if (scene.lookup("#matrix-table") == null) {
            throw new IllegalStateException("the matrix is not on screen");
        }
        double[] ms = new double[MATRIX_VISITS];
        String control = session.assessment().answers().keySet().iterator().next();
        for (int i = 0; i < MATRIX_VISITS; i++) {
            onFx(() -> window.wizard().go(WizardStep.QUESTIONS));
            String finding = "visit " + i;
            String variant = i % 2 == 0 ? "auto-mode" : null;
            onFx(() -> session.edit(null, a -> changing ? a.withVariant(VARIED_SERVICE, variant)
                    : a.withAnswer(control, a.answers().get(control).withFinding(finding))));
            ms[i] = timed(() -> window.wizard().go(WizardStep.RESPONSIBILITY));
            cpu.add(lastCpuMs);
        }
        return ms;
    }

    private static final java.lang.reflect.Method CSS_PASS = pulseStep("doCSSPass");
    private static final java.lang.reflect.Method LAYOUT_PASS = pulseStep("doLayoutPass");

    /**
     * The CSS and layout work of the next pulse, done now: only what is dirty, as a pulse does.
     * {@code getRoot().applyCss()} would force a style update of every node in the scene and
     * measure that instead.
     */
    private static void pass(Scene s) {
        try {
            CSS_PASS.invoke(s);
            LAYOUT_PASS.invoke(s);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.lang.reflect.Method pulseStep(String name) {
        try {
            java.lang.reflect.Method m = Scene.class.getDeclaredMethod(name);
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JavaFX without Scene." + name, e);
        }
    }

    private static void report(String name, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s.median %.2f ms%n", name, sorted[sorted.length / 2]);
        System.out.printf(Locale.ROOT, "%s.p99 %.2f ms%n", name, sorted[(int) (sorted.length * 0.99)]);
        System.out.printf(Locale.ROOT, "%s.worst %.2f ms%n", name, sorted[sorted.length - 1]);
    }
}
