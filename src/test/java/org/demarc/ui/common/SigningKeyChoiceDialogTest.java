package org.demarc.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.demarc.report.SigningKey;
import org.demarc.report.TestKeysAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The key choice of a store with two keys, in the real dialog: the second picked with the keyboard. */
@Tag("gui")
class SigningKeyChoiceDialogTest {
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void downThenEnterChoosesTheSecondKeyNamedByItsCertificate() throws Exception {
        Path store = TestKeysAccess.twoKeyStore(dir);
        Stage main = OwnerStage.show();
        AtomicReference<SigningKey> chosen = new AtomicReference<>();
        Platform.runLater(() -> SigningKeyChoice.choose(Tasks.shared(), new FxDialogService(main), store, "",
                TestKeysAccess.password().toCharArray(), chosen::set));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".combo-box").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> list = robot.lookup(".combo-box").queryAs(ComboBox.class);
        assertThat(list.getItems()).hasSize(2);
        assertThat(list.getItems().get(0)).startsWith("signer — Dana Whitfield (test), valid 2020-01-01 to ");
        assertThat(list.getItems().get(1)).startsWith("team-lead — " + TestKeysAccess.secondSigner() + ", valid ");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, list::isFocused);
        robot.targetWindow(list.getScene().getWindow());
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chosen.get() != null);
        assertThat(chosen.get().alias()).isEqualTo("team-lead");
        assertThat(chosen.get().keyStore()).isEqualTo(store);
        chosen.get().wipe();
    }
}
