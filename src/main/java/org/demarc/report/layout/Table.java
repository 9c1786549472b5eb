package org.demarc.report.layout;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
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

    private final float[] weights;
    private float[] widths;
    private final List<Cell> header;
    private final List<List<Cell>> rows = new ArrayList<>();
    private boolean zebra = true;
    private boolean rowHeaders;

    /** Columns by relative weight over the full text width; the header may be null. */
    public Table(float[] weights, List<Cell> header) {
        this.weights = weights.clone();
        this.header = header;
    }

    public Table noZebra() {
        zebra = false;
        return this;
    }

    /** The first column names its row (label and value tables): tagged as row header cells. */
    public Table rowHeaders() {
        rowHeaders = true;
        return this;
    }

    public Table row(List<Cell> cells) {
        if (cells.size() != weights.length) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, table " + weights.length);
        }
        rows.add(cells);
        return this;
    }

    public Table row(Cell... cells) {
        return row(List.of(cells));
    }

    /** The columns' widths over the flow's text width (a landscape flow has more). */
    private void fit(Flow flow) {
        float sum = 0;
        for (float w : weights) {
            sum += w;
        }
        widths = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = flow.width() * weights[i] / sum;
        }
    }

    public void draw(Flow flow) {
        fit(flow);
        flow.transcript().ifPresent(t -> t.grid(header, rows));
        Tags tags = flow.tags();
        List<List<Line>> headerLines = header == null ? null : layout(flow, header);
        float headerHeight = headerLines == null ? 0 : height(headerLines, header);
        // Repeated on later pages as an artifact (see Flow.newPage); tagged once, as the header row.
        Runnable repeatHeader = headerLines == null ? null : () -> drawRow(flow, header, headerLines, 0,
                Integer.MAX_VALUE, Palette.HEADER_FILL, null);
        flow.ensure(headerHeight + 2 * Styles.BODY.lineHeight() + 2 * PAD_Y);
        PDStructureElement table = tags.begin("Table");
        try {
            if (repeatHeader != null) {
                PDStructureElement tr = tags.add(table, "TR");
                List<PDStructureElement> cells = new ArrayList<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.add(tags.headerCell(tr, PDTableAttributeObject.SCOPE_COLUMN));
                }
                drawRow(flow, header, headerLines, 0, Integer.MAX_VALUE, Palette.HEADER_FILL, cells);
            }
            flow.onNewPage(repeatHeader);
            int index = 0;
            for (List<Cell> row : rows) {
                Color fill = zebra && index++ % 2 == 1 ? Palette.ZEBRA : null;
                drawSplittable(flow, row, layout(flow, row), fill, rowElements(tags, table, row.size()));
            }
        } finally {
            flow.onNewPage(null);
            tags.end();
        }
        flow.down(6);
    }

    /** A row's TR and its cells: a row header first when the first column names the row. */
    private List<PDStructureElement> rowElements(Tags tags, PDStructureElement table, int size) {
        PDStructureElement tr = tags.add(table, "TR");
        List<PDStructureElement> cells = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            cells.add(i == 0 && rowHeaders ? tags.headerCell(tr, PDTableAttributeObject.SCOPE_ROW) : tags.add(tr, "TD"));
        }
        return cells;
    }

    /**
     * Draws a row, moving it whole to the next page when it is short (a third of a page or less) and
     * does not fit; a longer row continues on the next page, leaving at least three lines on each.
     */
    private void drawSplittable(Flow flow, List<Cell> row, List<List<Line>> lines, Color fill,
                                List<PDStructureElement> cells) {
        int maxLines = 0;
        for (List<Line> l : lines) {
            maxLines = Math.max(maxLines, l.size());
        }
        float lineHeight = maxLineHeight(row);
        float pageRoom = flow.top() - Flow.BOTTOM;
        int from = 0;
        while (true) {
            int fit = (int) Math.floor((flow.remaining() - 2 * PAD_Y) / lineHeight);
            int left = maxLines - from;
            if (fit >= left) {
                drawRow(flow, row, lines, from, left, fill, cells);
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
            drawRow(flow, row, lines, from, draw, fill, cells);
            from += draw;
            flow.newPage();
        }
    }

    /** The height the whole table takes when nothing splits, in points. */
    public float height(Flow flow) {
        fit(flow);
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

    /**
     * Draws lines {@code [from, from + count)} of every cell as one band and moves below it; each
     * cell's text is tagged into its element of {@code cells} (null: a repeated header, an artifact).
     */
    private void drawRow(Flow flow, List<Cell> row, List<List<Line>> lines, int from, int count, Color rowFill,
                         List<PDStructureElement> cells) {
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
            float cellX = x;
            float inner = widths[i] - 2 * PAD_X;
            List<Line> cellLines = lines.get(i);
            Runnable text = () -> {
                float baseline = top - PAD_Y - c.style().size();
                for (int k = from; k < Math.min(cellLines.size(), from + count); k++) {
                    Line line = cellLines.get(k);
                    float lx = switch (c.align()) {
                        case CENTER -> cellX + PAD_X + (inner - line.width()) / 2;
                        case RIGHT -> cellX + PAD_X + inner - line.width();
                        case LEFT -> line.rightToLeft() ? cellX + PAD_X + inner - line.width() : cellX + PAD_X;
                    };
                    flow.text(line, lx, baseline);
                    baseline -= lineHeight;
                }
            };
            if (cells == null) {
                flow.tags().asArtifact(text);
            } else {
                flow.within(cells.get(i), text);
            }
            x += widths[i];
        }
        flow.rule(Flow.MARGIN_X, top - h, Flow.MARGIN_X + flow.width(), top - h, Palette.RULE, 0.5f);
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
