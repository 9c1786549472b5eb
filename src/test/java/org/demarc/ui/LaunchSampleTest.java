package org.demarc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Application;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.demarc.model.Responsibility;
import org.demarc.ui.wizard.responsibility.AssignmentCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The application as {@code demarc --sample} starts it, headless. */
@Tag("gui")
class LaunchSampleTest {
    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeEach
    void launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DemarcApp.class, "--sample");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theSampleOpensAsAnUntitledCopyOnTheEngagementStep() {
        TextField title = robot.lookup("#engagement-title").queryAs(TextField.class);
        assertThat(title.getText()).isEqualTo("Web shop shared-responsibility review");
        assertThat(robot.listWindows()).anySatisfy(w -> assertThat(((Stage) w).getTitle()).isEqualTo("Untitled – Demarc"));
    }

    @Test
    void theResponsibilityStepShowsTheSamplesMatrix() throws Exception {
        robot.clickOn("4. Responsibility");
        MatrixBuilt.await();
        TableView<?> table = robot.lookup("#matrix-table").queryAs(TableView.class);
        assertThat(table.getItems()).isNotEmpty();
        assertThat(table.getColumns()).extracting(c -> c.getId()).contains("aws.ec2", "aws.s3", "aws.rds");
        assertThat(robot.lookup(".matrix-cell").<javafx.scene.Node>queryAll().stream().map(AssignmentCell::shown))
                .contains(Responsibility.CUSTOMER, Responsibility.PROVIDER);
    }

    @Test
    void aGuiRunLeavesASupportLogInTheUserDataFolder() throws Exception {
        java.nio.file.Path log = org.demarc.io.EventLog.file();
        assertThat(log).isNotNull().startsWith(org.demarc.project.journal.UserDataFolder.resolve());
        // The handler writes each record as it comes; the start-up line is there while the window is open.
        assertThat(java.nio.file.Files.readString(log)).contains("INFO ui.DemarcApp: start: Demarc");
    }
}
