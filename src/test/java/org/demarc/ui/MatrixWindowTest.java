package org.demarc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Application;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.demarc.model.Control;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The window opened by {@code demarc --sample}, headless. */
class MatrixWindowTest {
    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeEach
    void launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DemarcApp.class, "--sample");
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theSampleOpensAsAnUntitledCopyShowingItsMatrix() {
        TableView<?> table = robot.lookup("#matrix-table").queryAs(TableView.class);
        assertThat(table.getItems()).isNotEmpty();
        assertThat(((Control) table.getItems().get(0)).id()).isNotBlank();
        assertThat(table.getColumns()).extracting(c -> c.getId()).contains("aws.ec2", "aws.s3", "aws.rds");
        assertThat(robot.lookup(".cell-customer").queryAll()).isNotEmpty();
        assertThat(robot.lookup(".cell-provider").queryAll()).isNotEmpty();
        assertThat(robot.listWindows()).anySatisfy(w ->
                assertThat(((Stage) w).getTitle()).startsWith("Untitled (sample)"));
    }
}
