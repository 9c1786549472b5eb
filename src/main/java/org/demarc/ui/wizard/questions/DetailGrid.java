package org.demarc.ui.wizard.questions;

import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import org.demarc.ui.common.Forms;

/**
 * The form grid of the questions step with a narrower label column (labels wrap): beside the
 * question list at 1024 pixels, the standard column left the answer fields too little room.
 */
final class DetailGrid {
    private DetailGrid() {
    }

    static GridPane create() {
        GridPane grid = Forms.grid();
        ColumnConstraints labels = grid.getColumnConstraints().get(0);
        labels.setMinWidth(110);
        labels.setPrefWidth(140);
        return grid;
    }
}
