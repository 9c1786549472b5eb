package org.demarc.ui.wizard.questions;

import javafx.scene.layout.GridPane;
import org.demarc.ui.common.Forms;

/**
 * The form grid of the questions step, whose label column narrows (labels wrap) when the detail is
 * narrow: beside the question list at 1024 pixels, the standard column left the fields too little room.
 */
final class DetailGrid {
    private static final double NARROW = 120;
    private static final double WIDE = 180;
    /** Below this width of the grid, the labels take the narrow column. */
    private static final double WIDE_GRID = 600;

    private DetailGrid() {
    }

    static GridPane create() {
        GridPane grid = Forms.grid();
        // Min as well as pref: the grid shrinks its columns to their minimum when the fields want more.
        Forms.labelColumn(grid, NARROW, NARROW);
        grid.widthProperty().addListener((obs, o, w) -> {
            double width = w.doubleValue() < WIDE_GRID ? NARROW : WIDE;
            Forms.labelColumn(grid, width, width);
        });
        return grid;
    }
}
