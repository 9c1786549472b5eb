package org.demarc.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * When the focused field is hidden, the keys typed next would still go into it unseen: the focus
 * moves to the first field still shown in the nearest visible part of the form.
 */
public final class FocusOutOfHidden {
    private FocusOutOfHidden() {
    }

    public static void move(Scene scene) {
        Node focused = scene == null ? null : scene.getFocusOwner();
        Node hidden = outermostHidden(focused);
        if (hidden == null) {
            return;
        }
        for (Parent keep = hidden.getParent(); keep != null; keep = keep.getParent()) {
            Node target = firstFocusable(keep);
            if (target != null) {
                target.requestFocus();
                return;
            }
        }
        scene.getRoot().requestFocus();
    }

    private static Node outermostHidden(Node node) {
        Node hidden = null;
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                hidden = n;
            }
        }
        return hidden;
    }

    private static Node firstFocusable(Parent parent) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible() || child.isDisabled()) {
                continue;
            }
            if (child.isFocusTraversable()) {
                return child;
            }
            if (child instanceof Parent p) {
                Node inside = firstFocusable(p);
                if (inside != null) {
                    return inside;
                }
            }
        }
        return null;
    }
}
