package org.demarc.report.layout;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.demarc.report.text.FontSet;
import org.demarc.report.text.Line;

/** Drawing primitives on a content stream: text lines in their fonts, filled boxes, rules. */
public final class Pen {
    private Pen() {
    }

    public static void text(PDPageContentStream cs, FontSet fonts, Line line, float x, float baseline) {
        if (line.runs().isEmpty()) {
            return;
        }
        try {
            cs.beginText();
            cs.setNonStrokingColor(line.style().color());
            cs.newLineAtOffset(x, baseline);
            for (Line.Run run : line.runs()) {
                cs.setFont(fonts.pdFont(run.font()), line.style().size());
                cs.showText(run.text());
            }
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void fill(PDPageContentStream cs, float x, float y, float w, float h, Color color) {
        try {
            cs.setNonStrokingColor(color);
            cs.addRect(x, y, w, h);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void rule(PDPageContentStream cs, float x1, float y1, float x2, float y2, Color color,
                            float width) {
        try {
            cs.setStrokingColor(color);
            cs.setLineWidth(width);
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
