package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.demarc.model.Answer;
import org.demarc.model.Assessment;
import org.demarc.project.Samples;
import org.demarc.report.docx.DocxReport;
import org.demarc.report.layout.Palette;
import org.demarc.report.layout.Table.Cell;
import org.demarc.report.layout.Transcript;
import org.demarc.report.text.TextStyle;
import org.junit.jupiter.api.Test;

/**
 * The twin's body is written as text rather than through POI's model; read back by POI it must
 * hold every block of the transcript, in order, with its text, weight, size, colour and fills.
 */
class DocxContentTest {
    /** Markup, spaces at the ends, a tab, a control character and a line break: what text must survive. */
    static final String MARKUP = "  <b>Tom & Jerry</b> said \"]]>\" & 'x' < y > z\tcolumn\u0007\nsecond line ";

    @Test
    void markupAndSpacesInTheFindingsReadBackAsTyped() throws Exception {
        Assessment base = Samples.webshop();
        Answer net = base.answers().get("NET-01");
        Assessment a = base.withAnswer("NET-01", net.withFinding(MARKUP).withJustification(MARKUP))
                .withEngagement(base.engagement().withScopeStatement(MARKUP));
        XWPFDocument doc = checkAgainstTranscript(a);
        assertThat(doc.getTables().stream().map(XWPFTable::getText))
                .anyMatch(t -> t.contains("<b>Tom & Jerry</b> said \"]]>\" & 'x' < y > z\tcolumn\nsecond line"));
    }

    @Test
    void theSampleSignedOffReadsBackBlockByBlock() throws Exception {
        checkAgainstTranscript(Reports.signedOffSample());
    }

    /** Every transcript block against the twin's body, which starts with the working-copy notice. */
    static XWPFDocument checkAgainstTranscript(Assessment a) throws Exception {
        Drawing.Transcribed t = ReportRenderer.transcribe(a, ReportOptions.defaults(), ProgressListener.NONE,
                () -> false);
        XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxReport.write(t.context(), t.transcript())));
        Iterator<IBodyElement> body = doc.getBodyElements().iterator();
        assertThat(((XWPFParagraph) body.next()).getText()).startsWith("Working copy");
        int checked = 0;
        for (Transcript.Block block : t.transcript().blocks()) {
            if (block instanceof Transcript.Paragraph p && !p.text().isBlank()) {
                XWPFParagraph read = (XWPFParagraph) body.next();
                assertThat(read.getText()).isEqualTo(clean(p.text()));
                run(read.getRuns().get(0), p.style());
                checked++;
            } else if (block instanceof Transcript.Grid g && columns(g) > 0) {
                table((XWPFTable) body.next(), g);
                assertThat(((XWPFParagraph) body.next()).getText()).isEmpty();
                checked++;
            }
        }
        assertThat(body.hasNext()).isFalse();
        assertThat(checked).isGreaterThan(100);
        return doc;
    }

    private static void table(XWPFTable table, Transcript.Grid g) {
        List<XWPFTableRow> rows = table.getRows();
        int header = g.header().isEmpty() ? 0 : 1;
        assertThat(rows).hasSize(header + g.rows().size());
        if (header == 1) {
            assertThat(rows.get(0).isRepeatHeader()).isTrue();
            cells(rows.get(0), g.header(), Palette.HEADER_FILL);
        }
        for (int i = 0; i < g.rows().size(); i++) {
            cells(rows.get(header + i), g.rows().get(i), null);
        }
    }

    private static void cells(XWPFTableRow row, List<Cell> cells, java.awt.Color rowFill) {
        assertThat(row.getTableCells()).hasSize(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell read = row.getCell(c);
            Cell cell = cells.get(c);
            assertThat(read.getText()).isEqualTo(clean(cell.text()));
            java.awt.Color fill = cell.fill() != null ? cell.fill() : rowFill;
            assertThat(read.getColor()).isEqualTo(fill == null ? null : hex(fill));
            run(read.getParagraphs().get(0).getRuns().get(0), cell.style());
        }
    }

    private static void run(XWPFRun run, TextStyle style) {
        assertThat(run.isBold()).isEqualTo(style.weight() == TextStyle.Weight.BOLD);
        assertThat(run.getFontSizeAsDouble()).isEqualTo((double) Math.max(8, Math.round(style.size() + 1)));
        assertThat(run.getColor()).isEqualTo(style.color().equals(Palette.TEXT) ? null : hex(style.color()));
    }

    private static int columns(Transcript.Grid g) {
        return !g.header().isEmpty() ? g.header().size() : g.rows().isEmpty() ? 0 : g.rows().get(0).size();
    }

    private static String hex(java.awt.Color c) {
        return String.format("%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** What XML 1.0 can carry of a text (control characters are dropped). */
    private static String clean(String s) {
        return s.codePoints().filter(cp -> cp == '\n' || cp == '\t' || cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF
                && (cp < 0xD800 || cp > 0xDFFF)).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
    }
}
