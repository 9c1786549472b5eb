package org.demarc.bench;

import java.nio.file.Files;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

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
 * typing one character into the finding, and entering the Responsibility step (69 services) after
 * an edit that changes no responsibility. Each sample is the handler plus the CSS and layout pass
 * that follows it, in a headless toolkit; the worst sample is what a user would feel as a stall.
 */
final class UiStallBenchmark {
    private static final int ACTIONS = 300;
    private static final int MATRIX_VISITS = 20;

    private UiStallBenchmark() {
    }

    static void run() throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        double[][] result = new double[4][];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result[0] = navigate();
                result[1] = type();
                result[2] = new double[] {firstMatrixVisit()};
                result[3] = matrixVisits();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        if (!done.await(600, TimeUnit.SECONDS) || result[3] == null) {
            throw new IllegalStateException("UI benchmark did not finish");
        }
        report("ui.next_control", result[0]);
        report("ui.type_character", result[1]);
        System.out.printf(Locale.ROOT, "ui.matrix_first_visit %.2f ms%n", result[2][0]);
        report("ui.matrix_visit", result[3]);
        Platform.exit();
    }

    private static Scene scene;
    private static AssessmentSession session;
    private static MainWindow window;

    private static Scene open() throws Exception {
        if (scene != null) {
            return scene;
        }
        Stage stage = new Stage();
        session = new AssessmentSession();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        UiPreferences prefs = new UiPreferences(Preferences.userRoot().node("org/demarc/bench"));
        FileActions files = new FileActions(session, dialogs, prefs,
                new RecoveryJournal(Files.createTempDirectory("demarc-bench-journal")), Clock.systemUTC());
        window = new MainWindow(stage, session, files, prefs, dialogs, Clock.systemUTC());
        scene = new Scene(window.root(), 1280, 800);
        stage.setScene(scene);
        stage.show();
        session.load(LargeFixture.create(), null, false);
        window.wizard().go(WizardStep.QUESTIONS);
        pass(scene);
        return scene;
    }

    private static double[] navigate() throws Exception {
        Scene s = open();
        Node list = s.lookup("#questions-list");
        double[] ms = new double[ACTIONS];
        for (int i = 0; i < ACTIONS; i++) {
            // Down to the end of the list, then back up: Ctrl+Down and Ctrl+Up as a user presses them.
            KeyCode code = (i / 20) % 2 == 0 ? KeyCode.DOWN : KeyCode.UP;
            long t = System.nanoTime();
            Event.fireEvent(list, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, true, false, false));
            pass(s);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    private static double[] type() throws Exception {
        Scene s = open();
        TextArea finding = (TextArea) s.lookup("#question-finding");
        finding.requestFocus();
        finding.positionCaret(finding.getLength());
        double[] ms = new double[ACTIONS];
        for (int i = 0; i < ACTIONS; i++) {
            String ch = String.valueOf((char) ('a' + i % 26));
            long t = System.nanoTime();
            Event.fireEvent(finding, new KeyEvent(KeyEvent.KEY_TYPED, ch, "", KeyCode.UNDEFINED, false, false, false, false));
            pass(s);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        if (finding.getLength() < 2000 + ACTIONS / 2) {
            throw new IllegalStateException("typing did not reach the finding: " + finding.getLength());
        }
        return ms;
    }

    /** The first visit builds the matrix view: shown apart, since it happens once per scope. */
    private static double firstMatrixVisit() throws Exception {
        Scene s = open();
        window.wizard().go(WizardStep.QUESTIONS);
        pass(s);
        long t = System.nanoTime();
        window.wizard().go(WizardStep.RESPONSIBILITY);
        pass(s);
        return (System.nanoTime() - t) / 1e6;
    }

    /** Back to Questions, one edit that changes no responsibility, then into the matrix again. */
    private static double[] matrixVisits() throws Exception {
        Scene s = open();
        if (s.lookup("#matrix-table") == null) {
            throw new IllegalStateException("the matrix is not on screen");
        }
        double[] ms = new double[MATRIX_VISITS];
        String control = session.assessment().answers().keySet().iterator().next();
        for (int i = 0; i < MATRIX_VISITS; i++) {
            window.wizard().go(WizardStep.QUESTIONS);
            pass(s);
            String finding = "visit " + i;
            session.edit(null, a -> a.withAnswer(control, a.answers().get(control).withFinding(finding)));
            pass(s);
            long t = System.nanoTime();
            window.wizard().go(WizardStep.RESPONSIBILITY);
            pass(s);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    private static void pass(Scene s) {
        s.getRoot().applyCss();
        s.getRoot().layout();
    }

    private static void report(String name, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s.median %.2f ms%n", name, sorted[sorted.length / 2]);
        System.out.printf(Locale.ROOT, "%s.p99 %.2f ms%n", name, sorted[(int) (sorted.length * 0.99)]);
        System.out.printf(Locale.ROOT, "%s.worst %.2f ms%n", name, sorted[sorted.length - 1]);
    }
}
