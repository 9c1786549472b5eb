package org.demarc.ui.wizard;

import javafx.scene.Node;

/** One step's view: its root node and what to focus when the step is entered. */
public interface StepView {
    Node root();

    /** Called each time the step is shown. */
    default void entered() {
    }
}
