package org.demarc.report.layout;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.demarc.report.text.Line;
import org.demarc.report.text.TextStyle;

/**
 * A table whose cells wrap their text. A row taller than what is left of the page continues on the
 * next page, line by line, and every page the table reaches repeats the header row. Nothing is
 * shrunk: a cell only ever grows downwards.
 */
public final class Table {
    private static final float PAD_X = 4;
    private static final float PAD_Y = 3;
    private static final int MIN_SPLIT = 3;

    private final float[] widths;
    private final List<Cell> header;
    private final List<List<Cell>> rows = new ArrayList<>();
    private boolean zebra = true;

    /** Columns by relative weight over the full text width; the header may be null. */
    public Table(float[] weights, List<Cell> header) {
        float sum = 0;
        for (float w : weights) {
            sum += w;
        }
        widths = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = Flow.WIDTH * weights[i] / sum;
        }
        this.header = header;
    }

    public Table noZebra() {
        zebra = false;
        return this;
    }

    public Table row(List<Cell> cells) {
        if (cells.size() != widths.length) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, table " + widths.length);
        }
        rows.add(cells);
        return this;
    }

    public Table row(Cell... cells) {
        return row(List.of(cells));
    }

    public void draw(Flow flow) {
        flow.transcript().ifPresent(t -> t.grid(header, rows));
        List<List<Line>> headerLines = header == null ? null : layout(flow, header);
        float headerHeight = headerLines == null ? 0 : height(headerLines, header);
        Runnable repeatHeader = headerLines == null ? null : () -> drawRow(flow, header, headerLines, 0,
                Integer.MAX_VALUE, Palette.HEADER_FILL);
        flow.ensure(headerHeight + 2 * Styles.BODY.lineHeight() + 2 * PAD_Y);
        if (repeatHeader != null) {
            repeatHeader.run();
        }
        flow.onNewPage(repeatHeader);
        try {
            int index = 0;
            for (List<Cell> row : rows) {
                Color fill = zebra && index++ % 2 == 1 ? Palette.ZEBRA : null;
                drawSplittable(flow, row, layout(flow, row), fill);
            }
        } finally {
            flow.onNewPage(null);
        }
        flow.down(6);
    }

    /**
     * Draws a row, moving it whole to the next page when it is short (a third of a page or less) and
     * does not fit; a longer row continues on the next page, leaving at least three lines on each.
     */
    private void drawSplittable(Flow flow, List<Cell> row, List<List<Line>> lines, Color fill) {
        int maxLines = 0;
        for (List<Line> l : lines) {
            maxLines = Math.max(maxLines, l.size());
        }
        float lineHeight = maxLineHeight(row);
        float pageRoom = Flow.TOP - Flow.BOTTOM;
        int from = 0;
        while (true) {
            int fit = (int) Math.floor((flow.remaining() - 2 * PAD_Y) / lineHeight);
            int left = maxLines - from;
            if (fit >= left) {
                drawRow(flow, row, lines, from, left, fill);
                return;
            }
            boolean shortRow = left * lineHeight + 2 * PAD_Y <= pageRoom / 3;
            if (!flow.atTopOfPage() && (shortRow || fit < Math.min(MIN_SPLIT, left))) {
                flow.newPage();
                continue;
            }
            int draw = Math.max(1, fit);
            if (left - draw < MIN_SPLIT && left > 2 * MIN_SPLIT) {
                draw = left - MIN_SPLIT;
            }
            drawRow(flow, row, lines, from, draw, fill);
            from += draw;
            flow.newPage();
        }
    }

    /** The height the whole table takes when nothing splits, in points. */
    public float height(Flow flow) {
        float h = header == null ? 0 : height(layout(flow, header), header);
        for (List<Cell> row : rows) {
            h += height(layout(flow, row), row);
        }
        return h;
    }

    private List<List<Line>> layout(Flow flow, List<Cell> row) {
        List<List<Line>> out = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            Cell c = row.get(i);
            out.add(flow.typesetter().lines(c.text(), c.style(), widths[i] - 2 * PAD_X));
        }
        return out;
    }

    private static float maxLineHeight(List<Cell> row) {
        float h = 0;
        for (Cell c : row) {
            h = Math.max(h, c.style().lineHeight());
        }
        return h;
    }

    private static float height(List<List<Line>> lines, List<Cell> row) {
        int max = 0;
        for (List<Line> l : lines) {
            max = Math.max(max, l.size());
        }
        return max * maxLineHeight(row) + 2 * PAD_Y;
    }

    /** Draws lines {@code [from, from + count)} of every cell as one band and moves below it. */
    private void drawRow(Flow flow, List<Cell> row, List<List<Line>> lines, int from, int count, Color rowFill) {
        int max = 0;
        for (List<Line> l : lines) {
            max = Math.max(max, Math.min(count, l.size() - from));
        }
        float lineHeight = maxLineHeight(row);
        float h = Math.max(1, max) * lineHeight + 2 * PAD_Y;
        float top = flow.y();
        float x = Flow.MARGIN_X;
        for (int i = 0; i < row.size(); i++) {
            Cell c = row.get(i);
            Color fill = c.fill() != null ? c.fill() : rowFill;
            if (fill != null) {
                flow.fill(x, top - h, widths[i], h, fill);
            }
            List<Line> cellLines = lines.get(i);
            float baseline = top - PAD_Y - c.style().size();
            for (int k = from; k < Math.min(cellLines.size(), from + count); k++) {
                Line line = cellLines.get(k);
                float inner = widths[i] - 2 * PAD_X;
                float lx = switch (c.align()) {
                    case CENTER -> x + PAD_X + (inner - line.width()) / 2;
                    case RIGHT -> x + PAD_X + inner - line.width();
                    case LEFT -> line.rightToLeft() ? x + PAD_X + inner - line.width() : x + PAD_X;
                };
                Pen.text(flow.content(), flow.typesetter().fonts(), line, lx, baseline);
                baseline -= lineHeight;
            }
            x += widths[i];
        }
        flow.rule(Flow.MARGIN_X, top - h, Flow.MARGIN_X + Flow.WIDTH, top - h, Palette.RULE, 0.5f);
        flow.down(h);
    }

    public enum Align { LEFT, CENTER, RIGHT }

    /** One cell: its text, style, optional fill and alignment. */
    public record Cell(String text, TextStyle style, Color fill, Align align) {
        public static Cell of(String text) {
            return new Cell(text, Styles.SMALL, null, Align.LEFT);
        }

        public static Cell of(String text, TextStyle style) {
            return new Cell(text, style, null, Align.LEFT);
        }

        public static Cell head(String text) {
            return new Cell(text, Styles.SMALL_BOLD, null, Align.LEFT);
        }

        public Cell fill(Color c) {
            return new Cell(text, style, c, align);
        }

        public Cell align(Align a) {
            return new Cell(text, style, fill, a);
        }
    }
}
