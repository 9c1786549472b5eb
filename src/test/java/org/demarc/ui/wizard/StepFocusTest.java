package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.demarc.model.Control;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Test;

/** A step chosen in the sidebar has the focus, so its keys work at once; arrowing in the sidebar stays there. */
class StepFocusTest extends WindowTest {

    @Test
    void aStepClickedInTheSidebarTakesTheFocusSoItsShortcutsWork() throws Exception {
        openWindow(Locale.US, "#start-sample");
        robot.clickOn("7. Sign-off");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#signoff-name").queryAs(TextField.class).isFocused());
        robot.write("Ada");
        assertThat(robot.lookup("#signoff-name").queryAs(TextField.class).getText()).isEqualTo("Ada");

        for (int round = 0; round < 3; round++) {
            robot.clickOn("3. Services");
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("5. Questions");
            ListView<Control> list = robot.lookup("#questions-list").queryListView();
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, list::isFocused);
            WaitForAsyncUtils.waitForFxEvents();
            String before = list.getSelectionModel().getSelectedItem() == null ? null
                    : list.getSelectionModel().getSelectedItem().id();
            robot.push(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(list.getSelectionModel().getSelectedItem().id()).as("Ctrl+Down moved on").isNotEqualTo(before);
        }
    }

    @Test
    void arrowingThroughTheSidebarKeepsTheFocusThere() throws Exception {
        openWindow(Locale.US, "#start-sample");
        robot.clickOn("2. Engagement");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> sidebar = robot.lookup("#wizard-steps").queryListView();
        robot.interact(sidebar::requestFocus);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sidebar.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        assertThat(sidebar.isFocused()).isTrue();
    }
}
