package org.demarc.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The signing password dialog: typing goes straight into the masked field. */
@Tag("gui")
class PasswordDialogTest {
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void typingRightAfterTheDialogOpensFillsThePasswordField() throws Exception {
        Stage main = OwnerStage.show();
        AtomicReference<Optional<char[]>> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(new FxDialogService(main).askPassword("Password", "Certificate password")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".password-field").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        PasswordField field = robot.lookup(".password-field").queryAs(PasswordField.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, field::isFocused);
        // Typed into whatever has the focus in the dialog, without clicking anything first.
        robot.targetWindow(field.getScene().getWindow());
        robot.write("s3cret");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);
        assertThat(answer.get()).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("s3cret"));
        assertThat(Window.getWindows()).hasSize(1);
    }
}
