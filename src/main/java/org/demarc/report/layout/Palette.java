package org.demarc.report.layout;

import java.awt.Color;

import org.demarc.model.AnswerStatus;
import org.demarc.model.Responsibility;

/** The report's colours: calm, printable, and never the only carrier of meaning (letters go with them). */
public final class Palette {
    public static final Color TEXT = new Color(0x1F, 0x29, 0x33);
    public static final Color MUTED = new Color(0x5B, 0x67, 0x73);
    public static final Color ACCENT = new Color(0x1D, 0x4E, 0x89);
    public static final Color RULE = new Color(0xC8, 0xCF, 0xD6);
    public static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF4);
    public static final Color ZEBRA = new Color(0xF6, 0xF8, 0xFA);
    public static final Color DRAFT = new Color(0xD9, 0x3A, 0x3A);
    public static final Color WARNING = new Color(0xB2, 0x4A, 0x00);

    private Palette() {
    }

    public static Color of(Responsibility r) {
        return switch (r) {
            case PROVIDER -> new Color(0xCF, 0xE2, 0xF3);
            case SHARED -> new Color(0xFF, 0xE8, 0xA3);
            case CUSTOMER -> new Color(0xF4, 0xB9, 0x9B);
            case NOT_APPLICABLE -> new Color(0xE4, 0xE6, 0xE9);
        };
    }

    public static Color of(AnswerStatus s) {
        return switch (s) {
            case IMPLEMENTED -> new Color(0x3B, 0x8E, 0x5A);
            case ALTERNATIVE -> new Color(0x7F, 0xB0, 0x69);
            case PARTIAL -> new Color(0xE8, 0xA3, 0x3D);
            case NOT_IMPLEMENTED -> new Color(0xC8, 0x45, 0x3A);
            case NOT_APPLICABLE -> new Color(0xA6, 0xAE, 0xB5);
            case INHERITED -> new Color(0x5D, 0x8C, 0xC0);
        };
    }
}
