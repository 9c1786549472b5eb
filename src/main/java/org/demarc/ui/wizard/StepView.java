package org.demarc.ui.wizard;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;

/** One step's view: its root node and what to focus when the step is entered. */
public interface StepView {
    Node root();

    /** Called each time the step is shown. */
    default void entered() {
    }

    /**
     * Whether the step of {@code root} is on screen: a step left stays in the scene, hidden, so
     * work done only for the step shown asks this, not whether the root has a scene.
     */
    static boolean isShown(Node root) {
        return root.getScene() != null && root.isVisible();
    }

    /** {@link #isShown} as a binding, for work that starts and stops with the step. */
    static BooleanBinding shown(Node root) {
        return Bindings.createBooleanBinding(() -> isShown(root), root.sceneProperty(), root.visibleProperty());
    }
}
