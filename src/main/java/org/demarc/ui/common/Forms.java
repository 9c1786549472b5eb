package org.demarc.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Label + field rows with an error line under the field, aligned in a two-column grid. A field
 * showing text is laid out in the direction of that text (Arabic, Hebrew: right to left).
 */
public final class Forms {
    private Forms() {
    }

    private static final double LABEL_MIN = 170;
    private static final double LABEL_PREF = 190;
    private static final String LABEL_PREF_KEY = "forms.labelPref";

    public static GridPane grid() {
        return grid(LABEL_PREF);
    }

    /** A grid whose label column is as wide whatever its fields want, so stacked grids line up. */
    public static GridPane alignedGrid() {
        return grid(LABEL_MIN);
    }

    private static GridPane grid(double labelPref) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.getProperties().put(LABEL_PREF_KEY, labelPref);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(LABEL_MIN);
        labels.setPrefWidth(labelPref);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    private static void scaleLabels(GridPane grid, double fontSize) {
        double k = fontSize / Zoom.THEME_SIZE_PX;
        ColumnConstraints labels = grid.getColumnConstraints().get(0);
        labels.setMinWidth(LABEL_MIN * k);
        labels.setPrefWidth((double) grid.getProperties().get(LABEL_PREF_KEY) * k);
    }

    /** Adds a labelled field; the label is the field's mnemonic target and accessible name. */
    public static int row(GridPane grid, int row, String labelText, Node field, ObservableStringValue error) {
        Label label = new Label(labelText);
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        label.getStyleClass().add("form-label");
        label.setWrapText(true);
        field.setAccessibleText(labelText.replace("_", ""));
        if (field instanceof TextInputControl input) {
            TextDirection.follow(input);
        } else if (field instanceof Labeled shown) {
            TextDirection.follow(shown);
        }
        // The label column grows with the text size (zoom, presentation mode), as the labels do.
        label.fontProperty().addListener((obs, o, font) -> scaleLabels(grid, font.getSize()));
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
        if (error == null) {
            return row + 1;
        }
        Label err = new Label();
        if (field.getId() != null) {
            err.setId(field.getId() + "-error");
        }
        err.textProperty().bind(error);
        err.getStyleClass().add("form-error");
        err.visibleProperty().bind(err.textProperty().isNotEmpty());
        err.managedProperty().bind(err.visibleProperty());
        grid.add(err, 1, row + 1);
        return row + 2;
    }
}
