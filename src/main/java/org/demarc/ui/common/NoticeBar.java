package org.demarc.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A bar over the work that says something about the open file without stopping the work: a wrapping
 * text and one button, in the {@code file-notice} style, shown only while the text is not empty.
 */
public final class NoticeBar {
    private NoticeBar() {
    }

    /**
     * The bar gets the id {@code id} and its text {@code id-text}, so tests and the screenshots find
     * every notice the same way; the button gets {@code buttonId}.
     */
    public static HBox of(String id, ObservableValue<String> message, String buttonId, String buttonText,
                          Runnable action) {
        Label text = new Label();
        text.setId(id + "-text");
        text.setWrapText(true);
        text.textProperty().bind(message);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button button = new Button(buttonText);
        button.setId(buttonId);
        button.setOnAction(e -> action.run());
        HBox bar = new HBox(8, text, button);
        bar.setId(id);
        bar.getStyleClass().add("file-notice");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(text.textProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }
}
