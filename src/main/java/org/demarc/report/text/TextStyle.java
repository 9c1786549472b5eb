package org.demarc.report.text;

import java.awt.Color;

/** Weight, size and colour of a piece of text; the line height follows the size. */
public record TextStyle(Weight weight, float size, Color color) {
    public enum Weight { REGULAR, BOLD, MONO }

    public float lineHeight() {
        return size * 1.32f;
    }

    public TextStyle withColor(Color c) {
        return new TextStyle(weight, size, c);
    }

    public TextStyle withSize(float s) {
        return new TextStyle(weight, s, color);
    }

    public TextStyle withWeight(Weight w) {
        return new TextStyle(w, size, color);
    }
}
