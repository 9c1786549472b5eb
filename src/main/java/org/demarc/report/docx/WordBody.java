package org.demarc.report.docx;

import java.awt.Color;
import java.util.List;

import org.demarc.report.layout.Palette;
import org.demarc.report.layout.Table.Cell;
import org.demarc.report.layout.Transcript;
import org.demarc.report.text.TextStyle;

/**
 * The transcript's paragraphs and tables as WordprocessingML text, element for element what POI's
 * XWPF calls would build, written straight out: building each run and cell in XMLBeans first made
 * the large fixture's twin take seconds (see {@link SplicedDocument}, which puts it in place).
 */
final class WordBody {
    /** The text width of an A4 or Letter page with Word's default margins, in twips. */
    private static final int TEXT_WIDTH_TWIPS = 9000;
    private static final String TABLE_PROPERTIES = "<w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>"
            + "<w:top w:val=\"single\"/><w:left w:val=\"single\"/><w:bottom w:val=\"single\"/>"
            + "<w:right w:val=\"single\"/><w:insideH w:val=\"single\"/><w:insideV w:val=\"single\"/>"
            + "</w:tblBorders></w:tblPr>";

    private final StringBuilder xml = new StringBuilder(1 << 16);

    /** A paragraph of body text, or a heading when {@code headingStyle} names its Word style. */
    void paragraph(String text, TextStyle style, String headingStyle) {
        xml.append("<w:p>");
        if (headingStyle != null) {
            // Each section of the PDF starts on a new page; so does the twin's.
            xml.append("<w:pPr><w:pStyle w:val=\"").append(headingStyle).append("\"/><w:pageBreakBefore w:val=\"")
                    .append(headingStyle.equals("Heading1") ? "on" : "off").append("\"/></w:pPr>");
        }
        run(text, style);
        xml.append("</w:p>");
    }

    /** A table with its header row repeated on every page; a wide one (the matrix) with set column widths. */
    void table(Transcript.Grid grid) {
        int columns = !grid.header().isEmpty() ? grid.header().size()
                : grid.rows().isEmpty() ? 0 : grid.rows().get(0).size();
        if (columns == 0) {
            return;
        }
        int[] widths = columns > 4 ? widths(columns) : null;
        xml.append("<w:tbl>").append(TABLE_PROPERTIES);
        if (widths != null) {
            xml.append("<w:tblGrid>");
            for (int w : widths) {
                xml.append("<w:gridCol w:w=\"").append(w).append("\"/>");
            }
            xml.append("</w:tblGrid>");
        }
        if (!grid.header().isEmpty()) {
            row(grid.header(), columns, widths, Palette.HEADER_FILL, true);
        }
        for (List<Cell> row : grid.rows()) {
            row(row, columns, widths, null, false);
        }
        xml.append("</w:tbl><w:p/>");
    }

    /** A wide table gives its first column, which names the row, room to read (in twips). */
    private static int[] widths(int columns) {
        int first = TEXT_WIDTH_TWIPS * 28 / 100;
        int[] widths = new int[columns];
        java.util.Arrays.fill(widths, (TEXT_WIDTH_TWIPS - first) / (columns - 1));
        widths[0] = first;
        return widths;
    }

    private void row(List<Cell> cells, int columns, int[] widths, Color rowFill, boolean header) {
        xml.append("<w:tr>");
        if (header) {
            xml.append("<w:trPr><w:tblHeader w:val=\"on\"/></w:trPr>");
        }
        for (int c = 0; c < columns; c++) {
            Cell cell = c < cells.size() ? cells.get(c) : null;
            Color fill = cell == null ? null : cell.fill() != null ? cell.fill() : rowFill;
            xml.append("<w:tc>");
            if (widths != null || fill != null) {
                xml.append("<w:tcPr>");
                if (widths != null) {
                    xml.append("<w:tcW w:w=\"").append(widths[c]).append("\" w:type=\"dxa\"/>");
                }
                if (fill != null) {
                    xml.append("<w:shd w:color=\"auto\" w:val=\"clear\" w:fill=\"").append(RunFormat.hex(fill))
                            .append("\"/>");
                }
                xml.append("</w:tcPr>");
            }
            if (cell == null) {
                xml.append("<w:p/>");
            } else {
                xml.append("<w:p>");
                run(cell.text(), cell.style());
                xml.append("</w:p>");
            }
            xml.append("</w:tc>");
        }
        xml.append("</w:tr>");
    }

    /** One run per text, its lines joined by line breaks, in the style's weight, size and colour. */
    private void run(String text, TextStyle style) {
        RunFormat format = RunFormat.of(style);
        xml.append("<w:r><w:rPr><w:b w:val=\"").append(format.bold() ? "on" : "off").append("\"/><w:sz w:val=\"")
                .append(format.halfPoints()).append("\"/>");
        if (format.font() != null) {
            xml.append("<w:rFonts w:ascii=\"").append(format.font()).append("\" w:hAnsi=\"").append(format.font())
                    .append("\" w:cs=\"").append(format.font()).append("\" w:eastAsia=\"").append(format.font())
                    .append("\"/>");
        }
        if (format.color() != null) {
            xml.append("<w:color w:val=\"").append(format.color()).append("\"/>");
        }
        xml.append("</w:rPr>");
        String[] lines = RunFormat.clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                xml.append("<w:br/>");
            }
            text(lines[i]);
        }
        xml.append("</w:r>");
    }

    /** A text element: spaces kept where it starts or ends with one, as Word otherwise drops them. */
    private void text(String line) {
        if (line.isEmpty()) {
            xml.append("<w:t/>");
            return;
        }
        boolean keepSpaces = Character.isWhitespace(line.charAt(0))
                || Character.isWhitespace(line.charAt(line.length() - 1));
        xml.append(keepSpaces ? "<w:t xml:space=\"preserve\">" : "<w:t>");
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '&') {
                xml.append("&amp;");
            } else if (ch == '<') {
                xml.append("&lt;");
            } else if (ch == '>' && i >= 2 && line.charAt(i - 1) == ']' && line.charAt(i - 2) == ']') {
                xml.append("&gt;"); // "]]>" may not stand in text
            } else {
                xml.append(ch);
            }
        }
        xml.append("</w:t>");
    }

    /** The body so far, to go before the document's section properties. */
    CharSequence xml() {
        return xml;
    }
}
