package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Locale;

import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.demarc.project.journal.RecoveryJournal;
import org.demarc.ui.common.UiPreferences;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.shell.FileActions;
import org.demarc.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Zoom by the keys people press (Ctrl+Plus, Ctrl+=, Ctrl+Minus, Ctrl+0) changes the size the text
 * is drawn at and is remembered by the next window; Hebrew typed into the finding is laid out
 * from the right, Latin from the left.
 */
class ZoomAndDirectionTest extends WindowTest {
    private void shortcut(KeyCode key) {
        robot.push(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private double titleSize() {
        return robot.lookup("#engagement-title").queryAs(javafx.scene.control.TextField.class).getFont().getSize();
    }

    private String percentShown() {
        return robot.lookup("#zoom-percent").queryAs(Label.class).getText();
    }

    @Test
    void zoomKeysChangeTheRenderedSizeAndANewWindowRemembersIt() throws Exception {
        openWindow(Locale.US);
        double actual = titleSize();
        assertThat(percentShown()).isEqualTo("100%");
        shortcut(KeyCode.PLUS);
        assertThat(percentShown()).isEqualTo("110%");
        assertThat(titleSize()).isCloseTo(actual * 1.1, org.assertj.core.data.Offset.offset(0.5));
        shortcut(KeyCode.EQUALS);
        shortcut(KeyCode.ADD);
        assertThat(percentShown()).as("Ctrl+= and the keypad's + zoom in too").isEqualTo("150%");
        assertThat(titleSize()).isCloseTo(actual * 1.5, org.assertj.core.data.Offset.offset(0.5));
        shortcut(KeyCode.MINUS);
        assertThat(percentShown()).isEqualTo("125%");
        shortcut(KeyCode.DIGIT0);
        assertThat(percentShown()).isEqualTo("100%");
        assertThat(titleSize()).isEqualTo(actual);
        shortcut(KeyCode.PLUS);
        shortcut(KeyCode.PLUS);
        assertThat(percentShown()).isEqualTo("125%");

        // A new window on the same preferences opens at the zoom last chosen.
        AssessmentSession second = new AssessmentSession();
        FileActions secondFiles = new FileActions(second, dialogs, new UiPreferences(preferences),
                new RecoveryJournal(dir.resolve("journal2")), Clock.systemUTC());
        FxToolkit.setupStage(s -> {
            MainWindow window = new MainWindow(s, second, secondFiles, new UiPreferences(preferences), dialogs,
                    Clock.systemUTC());
            s.setScene(new Scene(window.root(), 1024, 700));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(percentShown()).isEqualTo("125%");
        robot.clickOn("#start-new");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titleSize()).isCloseTo(actual * 1.25, org.assertj.core.data.Offset.offset(0.5));
        secondFiles.flushJournal();
        secondFiles.awaitFileWork();
    }

    @Test
    void rightToLeftTextTypedIntoTheFindingIsLaidOutFromTheRight() throws Exception {
        String id = openSampleAtAPartialAnswer();
        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        TextArea finding = robot.lookup("#question-finding").queryAs(TextArea.class);
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.write("החומה פתוחה לעולם");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(finding.getText()).isEqualTo("החומה פתוחה לעולם");
        assertThat(session.assessment().answers().get(id).finding()).isEqualTo("החומה פתוחה לעולם");
        assertThat(finding.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);

        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.write("Port 22 open");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(finding.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);

        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.write("مرحبا");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(finding.getEffectiveNodeOrientation()).as("as the user types").isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(javafx.scene.text.Font.getFamilies()).as("the report's fonts are the window's fallback")
                .contains("Noto Emoji", "Droid Sans Fallback", "NanumSquare");
    }
}
