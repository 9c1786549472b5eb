package org.demarc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.fixtures.LargeFixture;
import org.demarc.model.Control;
import org.demarc.model.Service;
import org.demarc.project.journal.RecoveryJournal;
import org.demarc.ui.common.UiPreferences;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.shell.FileActions;
import org.demarc.ui.shell.MainWindow;
import org.demarc.ui.wizard.WizardStep;
import org.demarc.ui.wizard.responsibility.AssignmentCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Responsibility step on every built-in service. The first visit: the click shows the step's
 * heading and first filter; the matrix, the other filters, the legend, "Why this cell" and the
 * tables join over the next pulses, one a pulse; once built everything is there with every row and
 * cell. A later visit after a changed responsibility updates the cells it has.
 */
@Tag("gui")
class MatrixFirstVisitTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private FileActions files;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        files.flushJournal();
        files.awaitFileWork();
    }

    private final AssessmentSession session = new AssessmentSession();
    private final MainWindow[] window = new MainWindow[1];

    /** The parts of the step that each cost a styling of their own, by the id of a node in them. */
    private static final List<String> PARTS = List.of("#matrix-share", "#matrix-service", "#matrix-overrides",
            "#matrix-shown", "#matrix-why", "#matrix-table");

    @Test
    void theClickShowsHeadingAndTheFirstFilterAndTheRestJoinsOnePartAPulse() throws Exception {
        open();
        boolean[] atClick = new boolean[3];
        List<Set<String>> pulses = new ArrayList<>();
        AnimationTimer watch = new AnimationTimer() {
            @Override
            public void handle(long now) {
                Set<String> in = new LinkedHashSet<>();
                PARTS.stream().filter(MatrixFirstVisitTest.this::inScene).forEach(in::add);
                if (taken()) {
                    in.add("matrix taken");
                }
                pulses.add(in);
            }
        };
        robot.interact(() -> {
            window[0].wizard().go(WizardStep.RESPONSIBILITY);
            atClick[0] = inScene("#matrix-domain");
            atClick[1] = PARTS.stream().noneMatch(this::inScene);
            atClick[2] = !taken();
            watch.start();
        });
        assertThat(atClick).containsOnly(true);
        MatrixBuilt.await();
        robot.interact(watch::stop);

        // From one pulse to the next at most one part joins (the matrix taken counts as one): all
        // in one pulse, their styling and the matrix held the window for over 100 ms.
        List<String> order = new ArrayList<>();
        Set<String> before = Set.of();
        for (Set<String> now : pulses) {
            Set<String> joined = new LinkedHashSet<>(now);
            joined.removeAll(before);
            assertThat(joined).as("joined in one pulse").hasSizeLessThanOrEqualTo(1);
            order.addAll(joined);
            before = now;
        }
        assertThat(order).containsExactly("matrix taken", "#matrix-share", "#matrix-service", "#matrix-overrides",
                "#matrix-shown", "#matrix-why", "#matrix-table");
    }

    /**
     * A visit after a deployment choice that changes responsibilities: the cells on screen show
     * the new ones, and are the cells shown before (rebuilding and styling every cell was most of
     * the visit).
     */
    @Test
    void aRevisitAfterAChangedResponsibilityUpdatesTheCellsOnScreenWithoutNewOnes() throws Exception {
        open();
        robot.interact(() -> window[0].wizard().go(WizardStep.RESPONSIBILITY));
        MatrixBuilt.await();
        @SuppressWarnings("unchecked")
        TableView<Control> table = robot.lookup("#matrix-table").queryAs(TableView.class);
        // Amazon EKS alone, scrolled to the first row EKS Auto Mode moves.
        String eks = "aws.eks";
        String[] choice = {eks, "auto-mode"};
        var moved = ResponsibilityEngine.matrix(session.assessment().withVariant(eks, choice[1]));
        @SuppressWarnings("unchecked")
        ComboBox<Service> serviceFilter = robot.lookup("#matrix-service").queryAs(ComboBox.class);
        robot.interact(() -> serviceFilter.setValue(serviceFilter.getItems().stream()
                .filter(s -> s != null && s.id().equals(eks)).findFirst().orElseThrow()));
        int row = indexOfChange(table.getItems(), session.analysis().matrix(), moved, eks);
        assertThat(row).as("a row EKS Auto Mode moves").isNotNegative();
        robot.interact(() -> table.scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        // A visit that changes nothing first: the tables settle with the rows scrolled to.
        robot.interact(() -> window[0].wizard().go(WizardStep.QUESTIONS));
        robot.interact(() -> window[0].wizard().go(WizardStep.RESPONSIBILITY));
        WaitForAsyncUtils.waitForFxEvents();
        Set<AssignmentCell> before = cellsOnScreen();

        robot.interact(() -> window[0].wizard().go(WizardStep.QUESTIONS));
        robot.interact(() -> session.edit(null, a -> a.withVariant(choice[0], choice[1])));
        robot.interact(() -> window[0].wizard().go(WizardStep.RESPONSIBILITY));
        WaitForAsyncUtils.waitForFxEvents();

        Set<AssignmentCell> after = cellsOnScreen();
        // Every cell shown before is still there (TableView.refresh() replaced them all); the
        // tables may show a row or two more once laid out again.
        assertThat(after).as("the cells shown before").containsAll(before);
        var matrix = session.analysis().matrix();
        List<AssignmentCell> ofService = after.stream().filter(c -> c.getTableColumn() != null
                && choice[0].equals(c.getTableColumn().getId()) && c.getIndex() >= 0
                && c.getIndex() < table.getItems().size()).toList();
        assertThat(ofService).isNotEmpty().allSatisfy(c -> assertThat(AssignmentCell.shown(c))
                .isEqualTo(matrix.cell(table.getItems().get(c.getIndex()).id(), choice[0]).responsibility()));
        String moves = table.getItems().get(row).id();
        assertThat(ofService).anySatisfy(c -> {
            assertThat(c.getIndex()).isEqualTo(row);
            assertThat(AssignmentCell.shown(c)).isEqualTo(moved.cell(moves, eks).responsibility());
        });
    }

    /** The first row whose cell of {@code service} differs between the two matrices; -1 if none. */
    private static int indexOfChange(List<Control> rows, org.demarc.model.ResponsibilityMatrix now,
            org.demarc.model.ResponsibilityMatrix next, String service) {
        for (int i = 0; i < rows.size(); i++) {
            String id = rows.get(i).id();
            if (now.cell(id, service).responsibility() != next.cell(id, service).responsibility()) {
                return i;
            }
        }
        return -1;
    }

    private Set<AssignmentCell> cellsOnScreen() {
        Set<AssignmentCell> cells = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        robot.lookup("#matrix-table .matrix-cell").queryAllAs(AssignmentCell.class).stream()
                .filter(c -> c.isVisible() && c.getParent() != null && c.getParent().isVisible()
                        && c.getIndex() >= 0)
                .forEach(cells::add);
        return cells;
    }

    /** The domain filter lists the catalog's domains once the step has taken the matrix. */
    @SuppressWarnings("unchecked")
    private boolean taken() {
        return robot.lookup("#matrix-domain").tryQuery()
                .map(n -> ((ComboBox<Object>) n).getItems().size() > 1).orElse(false);
    }

    private void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            UiPreferences prefs = UiPreferences.inMemory();
            ScriptedDialogs dialogs = new ScriptedDialogs();
            files = new FileActions(session, dialogs, prefs, new RecoveryJournal(dir.resolve("journal")),
                    Clock.systemUTC());
            window[0] = new MainWindow(s, session, files, prefs, dialogs, Clock.systemUTC());
            s.setScene(new Scene(window[0].root(), 1024, 700));
            s.show();
            session.load(LargeFixture.create(), null, true);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void onceBuiltEveryPartIsThereWithEveryRowAndCell() throws Exception {
        open();
        robot.interact(() -> window[0].wizard().go(WizardStep.RESPONSIBILITY));
        MatrixBuilt.await();
        for (String id : new String[] {"#matrix-domain", "#matrix-share", "#matrix-service", "#matrix-overrides",
                "#matrix-export-csv", "#matrix-shown", "#matrix-why", "#matrix-fixed", "#matrix-table"}) {
            assertThat(robot.lookup(id).query().isVisible()).as(id).isTrue();
        }
        @SuppressWarnings("unchecked")
        TableView<Control> table = robot.lookup("#matrix-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(session.assessment().catalog().controls().size());
        String service = table.getColumns().get(0).getId();
        String control = table.getItems().get(0).id();
        assertThat(table.getColumns().get(0).getCellData(0)).isNotNull()
                .isEqualTo(session.analysis().matrix().cell(control, service));
    }

    private boolean inScene(String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n != null && n.getScene() != null;
    }
}
