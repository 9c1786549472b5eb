package org.demarc.report.docx;

import java.awt.Color;
import java.util.Locale;

import org.demarc.report.layout.Palette;
import org.demarc.report.text.TextStyle;

/**
 * How a report text style looks in Word: bold or not, size in half points, a monospaced font for
 * fingerprints, and a colour unless it is the body text's (null for none).
 */
record RunFormat(boolean bold, int halfPoints, String font, String color) {
    static RunFormat of(TextStyle style) {
        return new RunFormat(style.weight() == TextStyle.Weight.BOLD, 2 * Math.max(8, Math.round(style.size() + 1)),
                style.weight() == TextStyle.Weight.MONO ? "Courier New" : null,
                style.color().equals(Palette.TEXT) ? null : hex(style.color()));
    }

    /** The colour as Word writes it: six hexadecimal digits, upper case. */
    static String hex(Color c) {
        String rgb = Integer.toHexString(c.getRGB() & 0xFFFFFF).toUpperCase(Locale.ROOT);
        return "0".repeat(6 - rgb.length()) + rgb;
    }

    /** Text XML can carry: characters XML 1.0 forbids (control characters a user pasted) are dropped. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(cp -> cp == '\n' || cp == '\t' || cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF
                && (cp < 0xD800 || cp > 0xDFFF)).forEach(b::appendCodePoint);
        return b.toString();
    }
}
