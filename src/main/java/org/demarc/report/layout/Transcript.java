package org.demarc.report.layout;

import java.util.ArrayList;
import java.util.List;

import org.demarc.report.text.TextStyle;

/**
 * What a flow was given to draw, in reading order, before it became glyphs: paragraphs with their
 * style and tables with their cells. The editable twin of the report is written from it, so the
 * PDF and the Word document always say the same things.
 */
public final class Transcript {
    /** One piece of content. */
    public sealed interface Block permits Paragraph, Grid {
    }

    /** A paragraph; its style tells a heading (the report's H1–H3 and title styles) from body text. */
    public record Paragraph(String text, TextStyle style) implements Block {
    }

    /** A table: its header row (empty for none) and its rows. */
    public record Grid(List<Table.Cell> header, List<List<Table.Cell>> rows) implements Block {
        public Grid {
            header = header == null ? List.of() : List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    private final List<Block> blocks = new ArrayList<>();

    /** A paragraph; {@link Flow} records its own, a section adds one that it draws otherwise (a legend). */
    public void paragraph(String text, TextStyle style) {
        blocks.add(new Paragraph(text, style));
    }

    /** A table that is drawn cell by cell rather than through {@link Table} (the matrix, the charts). */
    public void grid(List<Table.Cell> header, List<List<Table.Cell>> rows) {
        blocks.add(new Grid(header, rows));
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }
}
