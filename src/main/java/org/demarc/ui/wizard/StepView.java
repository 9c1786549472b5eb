package org.demarc.ui.wizard;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;

/** One step's view: its root node, what to bring up to date when shown and what to focus when entered. */
public interface StepView {
    Node root();

    /**
     * Called each time the step is shown, however it was reached: arrowing through the sidebar
     * shows a step but leaves the focus in the sidebar, and the step must still be current.
     */
    default void shown() {
    }

    /** Called when the step is shown and takes the focus (not while arrowing through the sidebar). */
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
