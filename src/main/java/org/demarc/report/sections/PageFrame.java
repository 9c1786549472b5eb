package org.demarc.report.sections;

import static org.demarc.report.sections.ReportContext.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.demarc.report.layout.Flow;
import org.demarc.report.layout.Palette;
import org.demarc.report.layout.Pen;
import org.demarc.report.layout.Styles;
import org.demarc.report.text.FontSet;
import org.demarc.report.text.Line;
import org.demarc.report.text.TextStyle;
import org.demarc.report.text.Typesetter;

/**
 * Drawn on every page once all pages exist: the header (title, "Excerpt: …" on a part of the
 * report, and DRAFT until signed off), the footer (page X of Y, short fingerprint) and, on a draft, an outlined DRAFT watermark across the
 * page that leaves the text beneath it readable (no transparency, which PDF/A-2b would allow but
 * not every printer honours).
 */
public final class PageFrame {
    /** How far below the page's top edge the header line sits. */
    private static final float HEADER_DROP = 36;
    private static final float FOOTER_Y = 32;
    private static final TextStyle WATERMARK = new TextStyle(TextStyle.Weight.BOLD, 96, Palette.DRAFT);

    private PageFrame() {
    }

    /**
     * What every page shows. {@code tag}: drawn in bold at the right of the header, never cut short
     * of its first words (an excerpt, a handout); empty for none.
     */
    public record Marks(String title, String tag, boolean draft, String draftLabel, String footerRight) {
        public Marks(String title, String tag, boolean draft, String footerRight) {
            this(title, tag, draft, text("report.draft"), footerRight);
        }
    }

    public static void apply(ReportContext ctx) {
        String tag = ctx.excerpt() ? text("report.excerpt.header", ctx.excerptName()) : "";
        apply(ctx.flow(), new Marks(ctx.title(), tag, ctx.draft(),
                text(ctx.signOffVoid() ? "report.draft.void" : "report.draft"),
                text("report.footer.fingerprint", ctx.shortFingerprint())));
        ProfileMarks.apply(ctx.flow(), ctx.profile());
    }

    public static void apply(Flow flow, Marks marks) {
        Typesetter ts = flow.typesetter();
        float headerY = flow.pageSize().getHeight() - HEADER_DROP;
        FontSet fonts = ts.fonts();
        List<PDPage> pages = flow.pages();
        Line draft = ts.lines(marks.draftLabel(), Styles.SMALL_BOLD.withColor(Palette.DRAFT), flow.width() * 0.6f).get(0);
        Line watermark = ts.lines(text("report.draft"), WATERMARK, 1000).get(0);
        float tagsWidth = marks.draft() ? draft.width() + 12 : 0;
        // The tag takes what a short title leaves, and at least 60 % of the line.
        float titleNatural = ts.lines(marks.title().replace('\n', ' '), Styles.SMALL_MUTED, 10_000).get(0).width();
        float tagRoom = flow.width() - tagsWidth - 12 - Math.min(titleNatural, flow.width() * 0.4f);
        Line tag = marks.tag().isEmpty() ? null
                : oneLine(marks.tag(), ts, Styles.SMALL_BOLD.withColor(Palette.ACCENT), tagRoom);
        if (tag != null) {
            tagsWidth += tag.width() + 12;
        }
        Line title = oneLine(marks.title(), ts, Styles.SMALL_MUTED, flow.width() - tagsWidth);
        Line fp = ts.lines(marks.footerRight(), Styles.SMALL_MUTED, flow.width() / 2).get(0);
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream cs = new PDPageContentStream(flow.document(), pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                // Header, footer and watermark repeat on every page: artifacts, not content.
                cs.beginMarkedContent(COSName.ARTIFACT);
                if (marks.draft()) {
                    watermark(cs, fonts, watermark, flow.pageSize());
                }
                Pen.text(cs, fonts, title, Flow.MARGIN_X, headerY);
                Pen.rule(cs, Flow.MARGIN_X, headerY - 5, Flow.MARGIN_X + flow.width(), headerY - 5, Palette.RULE, 0.5f);
                float right = Flow.MARGIN_X + flow.width();
                if (marks.draft()) {
                    Pen.text(cs, fonts, draft, right - draft.width(), headerY);
                    right -= draft.width() + 12;
                }
                if (tag != null) {
                    Pen.text(cs, fonts, tag, right - tag.width(), headerY);
                }
                Line page = ts.lines(text("report.footer.page", i + 1, pages.size()), Styles.SMALL_MUTED, flow.width())
                        .get(0);
                Pen.rule(cs, Flow.MARGIN_X, FOOTER_Y + 12, Flow.MARGIN_X + flow.width(), FOOTER_Y + 12, Palette.RULE, 0.5f);
                Pen.text(cs, fonts, page, Flow.MARGIN_X, FOOTER_Y);
                Pen.text(cs, fonts, fp, Flow.MARGIN_X + flow.width() - fp.width(), FOOTER_Y);
                cs.endMarkedContent();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The title on one line, cut with an ellipsis when it is too long. */
    private static Line oneLine(String title, Typesetter ts, TextStyle style, float width) {
        String flat = title.replace('\n', ' ');
        List<Line> lines = ts.lines(flat, style, width);
        String text = flat;
        while (lines.size() > 1 && !text.isEmpty()) {
            text = text.substring(0, Math.max(0, Math.min(text.length() - 1, lines.get(0).text().length())) );
            text = text.isEmpty() ? text : text.substring(0, text.offsetByCodePoints(text.length(), -1));
            lines = ts.lines(text + "\u2026", style, width);
        }
        return lines.get(0);
    }

    private static void watermark(PDPageContentStream cs, FontSet fonts, Line line, PDRectangle page)
            throws IOException {
        cs.saveGraphicsState();
        float cx = page.getWidth() / 2;
        float cy = page.getHeight() / 2;
        double angle = Math.toRadians(50);
        cs.transform(Matrix.getRotateInstance(angle, cx, cy));
        cs.setStrokingColor(Palette.DRAFT);
        cs.setLineWidth(1.2f);
        cs.beginText();
        cs.setRenderingMode(RenderingMode.STROKE);
        cs.newLineAtOffset(-line.width() / 2, -WATERMARK.size() / 3);
        for (Line.Run run : line.runs()) {
            cs.setFont(fonts.pdFont(run.font()), WATERMARK.size());
            cs.showText(run.text());
        }
        cs.endText();
        cs.restoreGraphicsState();
    }
}
