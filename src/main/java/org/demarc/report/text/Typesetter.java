package org.demarc.report.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.BreakIterator;

/**
 * Wraps text into lines no wider than a given width: breaks where Unicode line breaking allows
 * (spaces, between CJK ideographs), and inside a word only when the word alone is wider than the
 * line, at a grapheme boundary. Any text gives lines; nothing overflows.
 *
 * <p>One instance serves one document on one thread: it keeps its break iterators and the lines it
 * has already set, because tables and headings measure a text before they draw it, and the same
 * labels recur on every page.
 */
public final class Typesetter {
    /** Beyond this many texts set, the memory of earlier ones is dropped (a report with huge answers). */
    private static final int REMEMBERED = 20_000;

    private final FontSet fonts;
    private final Map<Setting, List<Line>> set = new HashMap<>();
    private final BreakIterator lineBreaks = BreakIterator.getLineInstance();
    // Two grapheme iterators: splitting a long word walks one while each piece it emits walks the other.
    private final BreakIterator emitGraphemes = BreakIterator.getCharacterInstance();
    private final BreakIterator wordGraphemes = BreakIterator.getCharacterInstance();

    public Typesetter(FontSet fonts) {
        this.fonts = fonts;
    }

    public FontSet fonts() {
        return fonts;
    }

    /** The lines of a text in a style; an empty text gives one empty line. */
    public List<Line> lines(String text, TextStyle style, float width) {
        Setting key = new Setting(text, style, width);
        List<Line> known = set.get(key);
        if (known != null) {
            return known;
        }
        List<Line> out = new ArrayList<>();
        for (String paragraph : TextShaper.paragraphs(text)) {
            wrap(TextShaper.analyse(paragraph), style, Math.max(width, style.size()), out);
        }
        if (set.size() >= REMEMBERED) {
            set.clear();
        }
        List<Line> lines = List.copyOf(out);
        set.put(key, lines);
        return lines;
    }

    /** What decides a text's lines. */
    private record Setting(String text, TextStyle style, float width) {
    }

    /** The width of a text on one line, in points. */
    public float width(String text, TextStyle style) {
        float w = 0;
        for (String p : TextShaper.paragraphs(text)) {
            w = Math.max(w, advance(p, 0, p.length(), style));
        }
        return w;
    }

    private void wrap(TextShaper.Paragraph paragraph, TextStyle style, float width, List<Line> out) {
        String text = paragraph.text();
        if (text.isEmpty()) {
            out.add(line(paragraph, 0, 0, style));
            return;
        }
        BreakIterator breaks = lineBreaks;
        breaks.setText(text);
        int lineStart = 0;
        float lineWidth = 0;
        int segStart = 0;
        for (int segEnd = breaks.next(); segEnd != BreakIterator.DONE; segEnd = breaks.next()) {
            float segWidth = advance(text, segStart, trimEnd(text, segStart, segEnd), style);
            if (lineWidth + segWidth <= width || segStart == lineStart && segWidth <= width) {
                lineWidth += advance(text, segStart, segEnd, style);
            } else {
                if (segStart > lineStart) {
                    emit(paragraph, lineStart, segStart, style, width, out);
                    lineStart = segStart;
                    lineWidth = 0;
                }
                if (segWidth > width) {
                    lineStart = splitLongWord(paragraph, lineStart, segEnd, style, width, out);
                    lineWidth = advance(text, lineStart, segEnd, style);
                } else {
                    lineWidth = advance(text, segStart, segEnd, style);
                }
            }
            segStart = segEnd;
        }
        emit(paragraph, lineStart, text.length(), style, width, out);
    }

    /**
     * Adds the line for [start, end). Widths are measured on the logical text; shaping (Arabic
     * joining, replacement glyphs for unpaired surrogates) can make the drawn line wider, so a line
     * that turns out too wide is cut again at grapheme boundaries, measured as drawn.
     */
    private void emit(TextShaper.Paragraph paragraph, int start, int end, TextStyle style, float width,
                      List<Line> out) {
        Line whole = line(paragraph, start, end, style);
        if (whole.width() <= width) {
            out.add(whole);
            return;
        }
        BreakIterator chars = emitGraphemes;
        chars.setText(paragraph.text());
        int pieceStart = start;
        while (pieceStart < end) {
            int fit = chars.following(pieceStart);
            if (fit == BreakIterator.DONE || fit > end) {
                fit = end;
            }
            for (int b = chars.following(fit); b != BreakIterator.DONE && b <= end; b = chars.next()) {
                if (line(paragraph, pieceStart, b, style).width() > width) {
                    break;
                }
                fit = b;
            }
            out.add(line(paragraph, pieceStart, fit, style));
            pieceStart = fit;
        }
    }

    /** Cuts a too-wide word at grapheme boundaries; returns where the unfinished last piece starts. */
    private int splitLongWord(TextShaper.Paragraph paragraph, int start, int end, TextStyle style, float width,
                              List<Line> out) {
        String text = paragraph.text();
        BreakIterator chars = wordGraphemes;
        chars.setText(text);
        int pieceStart = start;
        float w = 0;
        int prev = start;
        for (int b = chars.following(start); b != BreakIterator.DONE && b <= end; b = chars.next()) {
            float cw = advance(text, prev, b, style);
            if (w + cw > width && prev > pieceStart) {
                emit(paragraph, pieceStart, prev, style, width, out);
                pieceStart = prev;
                w = 0;
            }
            w += cw;
            prev = b;
        }
        return pieceStart;
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private float advance(String text, int start, int end, TextStyle style) {
        float units = 0;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (!TextShaper.invisible(cp)) {
                units += fonts.glyph(style.weight(), cp).advance();
            }
            i += Character.charCount(cp);
        }
        return units * style.size() / 1000f;
    }

    private Line line(TextShaper.Paragraph paragraph, int start, int end, TextStyle style) {
        int e = trimEnd(paragraph.text(), start, end);
        String visual = paragraph.visual(start, e);
        List<Line.Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        FontFiles runFont = null;
        float runUnits = 0;
        float total = 0;
        for (int i = 0; i < visual.length(); ) {
            int cp = visual.codePointAt(i);
            i += Character.charCount(cp);
            if (TextShaper.invisible(cp)) {
                continue;
            }
            FontSet.Glyph g = fonts.glyph(style.weight(), cp);
            if (runFont != null && g.font() != runFont) {
                float w = runUnits * style.size() / 1000f;
                runs.add(new Line.Run(runFont, run.toString(), w));
                total += w;
                run.setLength(0);
                runUnits = 0;
            }
            runFont = g.font();
            run.appendCodePoint(g.codePoint());
            runUnits += g.advance();
        }
        if (runFont != null) {
            float w = runUnits * style.size() / 1000f;
            runs.add(new Line.Run(runFont, run.toString(), w));
            total += w;
        }
        return new Line(runs, total, style, paragraph.rightToLeft());
    }
}
