package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.demarc.ui.common.Zoom;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Zoomed by keyboard to 150%, the File menu, a drop-down's list and a tooltip are drawn at the
 * window's zoomed size, not at the theme's 14 px: they are popup windows outside the root the zoom
 * styles (context menus are the same kind of popup as the menus).
 */
class PopupZoomTest extends WindowTest {
    private static final double ZOOMED = Zoom.fontSizePx(150, false);

    private static PopupWindow popupShowing(String styleClass) {
        return Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing()
                        && w.getScene().getRoot().lookup("." + styleClass) != null)
                .map(PopupWindow.class::cast).findFirst().orElse(null);
    }

    private PopupWindow waitForPopup(String styleClass) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> popupShowing(styleClass) != null);
        WaitForAsyncUtils.waitForFxEvents();
        return popupShowing(styleClass);
    }

    private static double labelSize(PopupWindow popup, String selector) {
        Node label = popup.getScene().getRoot().lookup(selector);
        assertThat(label).as(selector + " in the popup").isNotNull();
        return ((Label) label).getFont().getSize();
    }

    @Test
    void menusDropDownListsAndTooltipsFollowTheZoomSetByKeyboard() throws Exception {
        openWindow(Locale.US);
        shortcut(KeyCode.PLUS);
        shortcut(KeyCode.PLUS);
        shortcut(KeyCode.PLUS);
        assertThat(robot.lookup("#zoom-percent").queryAs(Label.class).getText()).isEqualTo("150%");

        robot.clickOn("File");
        PopupWindow menu = waitForPopup("menu-item");
        assertThat(labelSize(menu, ".menu-item .label")).as("File menu item").isEqualTo(ZOOMED);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> popupShowing("menu-item") == null);

        robot.clickOn("3. Services");
        robot.clickOn("#services-group");
        PopupWindow list = waitForPopup("list-cell");
        double cellSize = ((javafx.scene.control.Labeled) list.getScene().getRoot().lookup(".list-cell")).getFont().getSize();
        assertThat(cellSize).as("the group drop-down's list").isEqualTo(ZOOMED);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> popupShowing("list-cell") == null);

        // The sidebar's step lines explain their state in a tooltip; the theme draws it a little smaller than text.
        robot.moveTo("1. Start");
        PopupWindow tip = waitForPopup("tooltip");
        double tipSize = tip.getScene().getRoot().lookupAll(".tooltip").stream()
                .filter(n -> n instanceof javafx.scene.control.Labeled).map(javafx.scene.control.Labeled.class::cast)
                .findFirst().orElseThrow().getFont().getSize();
        assertThat(tipSize).as("tooltip").isGreaterThan(Zoom.fontSizePx(100, false));
    }
}
