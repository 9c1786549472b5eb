package org.demarc.report.layout;

import org.demarc.report.text.TextStyle;
import org.demarc.report.text.TextStyle.Weight;

/** The report's type scale. */
public final class Styles {
    public static final TextStyle BODY = new TextStyle(Weight.REGULAR, 9.5f, Palette.TEXT);
    public static final TextStyle BODY_BOLD = BODY.withWeight(Weight.BOLD);
    public static final TextStyle SMALL = new TextStyle(Weight.REGULAR, 8f, Palette.TEXT);
    public static final TextStyle SMALL_BOLD = SMALL.withWeight(Weight.BOLD);
    public static final TextStyle SMALL_MUTED = SMALL.withColor(Palette.MUTED);
    public static final TextStyle TINY = new TextStyle(Weight.REGULAR, 7f, Palette.TEXT);
    public static final TextStyle MONO = new TextStyle(Weight.MONO, 8f, Palette.TEXT);
    public static final TextStyle H1 = new TextStyle(Weight.BOLD, 18f, Palette.ACCENT);
    public static final TextStyle H2 = new TextStyle(Weight.BOLD, 13f, Palette.ACCENT);
    public static final TextStyle H3 = new TextStyle(Weight.BOLD, 10.5f, Palette.TEXT);
    public static final TextStyle TITLE = new TextStyle(Weight.BOLD, 26f, Palette.ACCENT);

    private Styles() {
    }
}
