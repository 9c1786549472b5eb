package org.demarc.report.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Turns any text a user can type into something a PDF can show: control characters become visible
 * control pictures, broken surrogates the replacement character, Arabic letters take their joined
 * forms (ICU4J shaping), and each line is reordered into visual order (ICU4J bidi) with mirrored
 * brackets. PDFBox does neither shaping nor bidi itself.
 */
public final class TextShaper {
    private static final int TAB_SPACES = 4;

    private TextShaper() {
    }

    /** Paragraphs in logical order, cleaned and shaped, split at line breaks. */
    public static List<String> paragraphs(String text) {
        String clean = clean(text == null ? "" : text);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= clean.length(); i++) {
            if (i == clean.length() || clean.charAt(i) == '\n') {
                out.add(shapeArabic(clean.substring(start, i)));
                start = i + 1;
            }
        }
        return out;
    }

    /** One paragraph with its bidi analysis, for cutting into lines in logical order. */
    public static Paragraph analyse(String shapedParagraph) {
        return new Paragraph(shapedParagraph);
    }

    static String clean(String text) {
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == '\r') {
                sb.append('\n');
                if (next < nfc.length() && nfc.charAt(next) == '\n') {
                    next++;
                }
            } else if (cp == '\n') {
                sb.append('\n');
            } else if (cp == '\t') {
                sb.append(" ".repeat(TAB_SPACES));
            } else if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
                sb.append('\n');
            } else if (cp < 0x20) {
                sb.append((char) (0x2400 + cp)); // control pictures: U+2400 NUL ... U+241F US
            } else if (cp == 0x7F) {
                sb.append('\u2421');
            } else if (cp >= 0x80 && cp < 0xA0) {
                sb.append('\uFFFD');
            } else if (Character.isSurrogate((char) cp)) {
                sb.append('\uFFFD'); // an unpaired surrogate
            } else {
                sb.appendCodePoint(cp);
            }
            i = next;
        }
        return sb.toString();
    }

    private static String shapeArabic(String paragraph) {
        if (!hasArabic(paragraph)) {
            return paragraph;
        }
        try {
            ArabicShaping shaping = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
                    | ArabicShaping.LENGTH_GROW_SHRINK | ArabicShaping.TEXT_DIRECTION_LOGICAL);
            return shaping.shape(paragraph);
        } catch (ArabicShapingException | RuntimeException e) {
            return paragraph; // unshaped letters still show, isolated
        }
    }

    private static boolean hasArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F || c >= 0x08A0 && c <= 0x08FF) {
                return true;
            }
        }
        return false;
    }

    /** True for characters that take no room and show nothing (joiners, variation selectors, bidi marks). */
    static boolean invisible(int cp) {
        return cp != ' ' && UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }

    /** A paragraph's bidi analysis: lines are cut in logical order and shown in visual order. */
    public static final class Paragraph {
        private final String text;
        private final Bidi bidi;

        Paragraph(String text) {
            this.text = text;
            Bidi b = null;
            if (Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
                b = new Bidi(text, Bidi.LEVEL_DEFAULT_LTR);
            }
            this.bidi = b;
        }

        public String text() {
            return text;
        }

        /** True when the paragraph's base direction is right to left (it is then right-aligned). */
        public boolean rightToLeft() {
            return bidi != null && bidi.getParaLevel() % 2 == 1;
        }

        /** The characters {@code [start, end)} in the order they are drawn, left to right. */
        public String visual(int start, int end) {
            if (bidi == null || bidi.isLeftToRight() || start >= end) {
                return text.substring(start, end); // ICU refuses an empty line
            }
            Bidi line = bidi.setLine(start, end);
            return line.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
        }
    }
}
