package org.demarc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import org.demarc.fixtures.LargeFixture;
import org.demarc.model.Control;
import org.demarc.project.journal.RecoveryJournal;
import org.demarc.ui.common.UiPreferences;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.shell.FileActions;
import org.demarc.ui.shell.MainWindow;
import org.demarc.ui.wizard.WizardStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first visit of the Responsibility step on every built-in service: the click shows the step's
 * heading and filters, the legend and "Why this cell" join over the next pulses with the tables,
 * and once built everything is there with every row and cell.
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

    @Test
    void theClickShowsHeadingAndFiltersAndTheRestJoinsOverTheNextPulses() throws Exception {
        AssessmentSession session = new AssessmentSession();
        MainWindow[] window = new MainWindow[1];
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
        boolean[] atClick = new boolean[4];
        robot.interact(() -> {
            window[0].wizard().go(WizardStep.RESPONSIBILITY);
            atClick[0] = inScene("#matrix-domain");
            atClick[1] = !inScene("#matrix-shown");
            atClick[2] = !inScene("#matrix-why");
            atClick[3] = !inScene("#matrix-table");
        });
        assertThat(atClick).containsOnly(true);

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
