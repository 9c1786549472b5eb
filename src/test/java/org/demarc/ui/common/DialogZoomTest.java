package org.demarc.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A dialog opened by the app shows its text at the window's zoom, not at the theme's 14 px. */
@Tag("gui")
class DialogZoomTest {
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aMessageOpenedAtOneHundredFiftyPercentIsDrawnAtThatSize() throws Exception {
        FxToolkit.registerPrimaryStage();
        AtomicReference<Stage> main = new AtomicReference<>();
        double zoomed = Zoom.fontSizePx(150, false);
        FxToolkit.setupStage(s -> {
            StackPane root = new StackPane(new Label("behind"));
            // What the View menu's zoom sets on the window's root.
            root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", zoomed));
            s.setScene(new Scene(root, 1024, 700));
            s.show();
            main.set(s);
        });
        Platform.runLater(() -> new FxDialogService(main.get()).showInfo("Saved", "The assessment was saved."));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Label message = (Label) pane.lookup(".content");
        assertThat(message.getText()).isEqualTo("The assessment was saved.");
        assertThat(message.getFont().getSize()).isEqualTo(zoomed);
        robot.targetWindow(pane.getScene().getWindow());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> javafx.stage.Window.getWindows().size() == 1);
    }
}
