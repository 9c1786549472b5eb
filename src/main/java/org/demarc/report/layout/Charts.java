package org.demarc.report.layout;

import java.awt.Color;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

import org.demarc.report.text.Line;
import org.demarc.report.text.TextStyle;

/** Charts drawn as vector graphics: labelled horizontal bars and a stacked bar with its legend. */
public final class Charts {
    private static final float BAR = 9;
    private static final float GAP = 4;

    private Charts() {
    }

    /** One bar: its label, its value (drawn as a share of {@code max}), the text beside it, its colour. */
    public record Bar(String label, double value, String valueText, Color color) {
    }

    /** Horizontal bars, label column on the left, value text at the end of each bar. */
    public static void bars(Flow flow, List<Bar> bars, double max) {
        transcribe(flow, bars);
        figure(flow, bars, () -> drawBars(flow, bars, max));
        flow.down(6);
    }

    private static void drawBars(Flow flow, List<Bar> bars, double max) {
        TextStyle style = Styles.SMALL;
        float labelWidth = Flow.WIDTH * 0.34f;
        float valueWidth = 60;
        float barSpace = Flow.WIDTH - labelWidth - valueWidth - 8;
        for (Bar bar : bars) {
            List<Line> label = flow.typesetter().lines(bar.label(), style, labelWidth - 6);
            float rowHeight = Math.max(BAR, label.size() * style.lineHeight()) + GAP;
            flow.ensure(rowHeight);
            float top = flow.y();
            float baseline = top - style.size();
            for (Line l : label) {
                flow.drawLine(l, Flow.MARGIN_X, baseline, labelWidth - 6);
                baseline -= style.lineHeight();
            }
            float x = Flow.MARGIN_X + labelWidth;
            float barTop = top - 1;
            flow.fill(x, barTop - BAR, barSpace, BAR, Palette.ZEBRA);
            float w = max <= 0 ? 0 : (float) (barSpace * Math.min(1, bar.value() / max));
            if (w > 0) {
                flow.fill(x, barTop - BAR, w, BAR, bar.color());
            }
            Line value = flow.typesetter().lines(bar.valueText(), Styles.SMALL_BOLD, valueWidth).get(0);
            flow.drawLine(value, x + barSpace + 6, barTop - BAR + 1.5f, valueWidth);
            flow.down(rowHeight);
        }
    }

    /** One bar across the width split into coloured parts, with a legend line below it. */
    public static void stacked(Flow flow, List<Bar> parts) {
        transcribe(flow, parts);
        float height = 16;
        flow.ensure(height + 3 * Styles.SMALL.lineHeight());
        figure(flow, parts, () -> drawStacked(flow, parts, height));
        flow.down(Styles.SMALL.lineHeight() + 8);
    }

    /**
     * A chart tagged as a figure whose alternative text states its figures ("label: value; …"), so
     * that a screen reader tells what the bars show.
     */
    private static void figure(Flow flow, List<Bar> bars, Runnable draw) {
        PDStructureElement figure = flow.tags().begin("Figure");
        figure.setAlternateDescription(bars.stream().map(b -> b.label() + ": " + b.valueText())
                .collect(Collectors.joining("; ")));
        try {
            draw.run();
        } finally {
            flow.tags().end();
        }
    }

    private static void drawStacked(Flow flow, List<Bar> parts, float height) {
        double total = parts.stream().mapToDouble(Bar::value).sum();
        float x = Flow.MARGIN_X;
        float top = flow.y();
        for (Bar part : parts) {
            float w = total <= 0 ? 0 : (float) (Flow.WIDTH * part.value() / total);
            if (w > 0) {
                flow.fill(x, top - height, w, height, part.color());
            }
            x += w;
        }
        flow.down(height + 4);
        float lx = Flow.MARGIN_X;
        float baseline = flow.y() - Styles.SMALL.size();
        for (Bar part : parts) {
            Line l = flow.typesetter().lines(part.label() + " " + part.valueText(), Styles.SMALL, Flow.WIDTH).get(0);
            if (lx + 14 + l.width() > Flow.MARGIN_X + Flow.WIDTH) {
                lx = Flow.MARGIN_X;
                flow.down(Styles.SMALL.lineHeight());
                baseline = flow.y() - Styles.SMALL.size();
            }
            flow.fill(lx, baseline - 1, 9, 9, part.color());
            flow.drawLine(l, lx + 13, baseline, l.width());
            lx += 13 + l.width() + 16;
        }
    }

    /** A chart in the transcript is the table of its figures: label and value of each bar. */
    private static void transcribe(Flow flow, List<Bar> bars) {
        flow.transcript().ifPresent(t -> t.grid(List.of(), bars.stream()
                .map(b -> List.of(Table.Cell.of(b.label()), Table.Cell.of(b.valueText()))).toList()));
    }
}
