package org.demarc.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import org.demarc.model.Control;
import org.testfx.api.FxRobot;

/** Reading the Responsibility step's tables as the screen shows them. */
public final class MatrixOnScreen {
    private MatrixOnScreen() {
    }

    /** The matrix table with the id given ("#matrix-fixed", "#matrix-table"). */
    public static TableView<Control> table(FxRobot robot, String id) {
        @SuppressWarnings("unchecked")
        TableView<Control> t = robot.lookup(id).queryAs(TableView.class);
        return t;
    }

    /** Where the node is drawn on the screen. */
    public static Bounds screen(Node n) {
        return n.localToScreen(n.getBoundsInLocal());
    }
}
