package org.demarc.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;

/**
 * Arabic or Hebrew text reads from the right: a field or label showing such text is laid out right
 * to left, decided as the PDF decides, by the first strongly directional character, and updated as
 * the user types. Text with no such character (empty, digits only) follows the window.
 */
public final class TextDirection {
    private TextDirection() {
    }

    /** RIGHT_TO_LEFT or LEFT_TO_RIGHT from the first strong character; INHERIT when there is none. */
    public static NodeOrientation of(String text) {
        if (text == null) {
            return NodeOrientation.INHERIT;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            switch (Character.getDirectionality(cp)) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                     Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING, Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
                     Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE -> {
                    return NodeOrientation.RIGHT_TO_LEFT;
                }
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT, Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
                     Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE, Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE -> {
                    return NodeOrientation.LEFT_TO_RIGHT;
                }
                default -> i += Character.charCount(cp);
            }
        }
        return NodeOrientation.INHERIT;
    }

    /** Lays the field out in the direction of its text, now and whenever the text changes. */
    public static void follow(TextInputControl field) {
        follow(field, field.textProperty());
    }

    /**
     * Lays a reused cell out in the direction of the text it shows now (a title, a name): right to
     * left for Arabic or Hebrew, so the text is right-aligned and reads in order; the window's
     * direction when there is no text.
     */
    public static void orient(Node cell, String text) {
        cell.setNodeOrientation(of(text));
    }

    public static void follow(Labeled label) {
        follow(label, label.textProperty());
    }

    private static void follow(Node node, ObservableStringValue text) {
        node.setNodeOrientation(of(text.get()));
        text.addListener((obs, o, n) -> node.setNodeOrientation(of(n)));
    }
}
