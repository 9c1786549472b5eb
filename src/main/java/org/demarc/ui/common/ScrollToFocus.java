package org.demarc.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls a vertical scroll pane so that the field which gets the focus (by Tab or Alt + its
 * letter) is in view: a keyboard user should see where they type. Focus that comes with a mouse
 * press is left alone: the user sees the field already, and scrolling under the pointer between
 * press and release would move the field away and lose the click (a combo box would not open).
 */
public final class ScrollToFocus {
    private ScrollToFocus() {
    }

    public static void install(ScrollPane pane) {
        boolean[] pressed = {false};
        pane.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> pressed[0] = true);
        pane.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> pressed[0] = false);
        ChangeListener<Node> reveal = (obs, o, n) -> {
            if (!pressed[0]) {
                reveal(pane, n);
            }
        };
        pane.sceneProperty().addListener((obs, o, n) -> {
            if (o != null) {
                o.focusOwnerProperty().removeListener(reveal);
            }
            if (n != null) {
                n.focusOwnerProperty().addListener(reveal);
            }
        });
    }

    static void reveal(ScrollPane pane, Node focused) {
        Node content = pane.getContent();
        if (focused == null || content == null || !inside(content, focused)) {
            return;
        }
        double viewport = pane.getViewportBounds().getHeight();
        double range = content.getLayoutBounds().getHeight() - viewport;
        if (range <= 0) {
            return;
        }
        Bounds field = content.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        double fraction = (pane.getVvalue() - pane.getVmin()) / (pane.getVmax() - pane.getVmin());
        double top = fraction * range;
        if (field.getMinY() < top) {
            top = field.getMinY();
        } else if (field.getMaxY() > top + viewport) {
            top = Math.min(field.getMinY(), field.getMaxY() - viewport);
        } else {
            return;
        }
        double clamped = Math.max(0, Math.min(range, top));
        pane.setVvalue(pane.getVmin() + clamped / range * (pane.getVmax() - pane.getVmin()));
    }

    private static boolean inside(Node ancestor, Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
