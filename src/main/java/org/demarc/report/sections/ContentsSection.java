package org.demarc.report.sections;

import static org.demarc.report.sections.ReportContext.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.demarc.report.layout.Anchors.Anchor;
import org.demarc.report.layout.Flow;
import org.demarc.report.layout.Palette;
import org.demarc.report.layout.Pen;
import org.demarc.report.layout.Styles;
import org.demarc.report.layout.Tags;
import org.demarc.report.text.Line;
import org.demarc.report.text.TextStyle;

/**
 * The contents page(s), reserved before the sections are drawn and filled in afterwards, when every
 * section's page is known; each entry links to its page. Also builds the PDF bookmarks.
 */
public final class ContentsSection implements Section {
    private static final float ENTRY_GAP = 3;
    private final int expectedEntries;
    private final List<PDPage> reserved = new ArrayList<>();
    private PDStructureElement heading;
    private PDStructureElement toc;

    /** {@code expectedEntries}: how many sections and domains the report will list. */
    public ContentsSection(int expectedEntries) {
        this.expectedEntries = expectedEntries;
    }

    @Override
    public void render(ReportContext ctx) {
        Flow flow = ctx.flow();
        float perPage = (Flow.TOP - Flow.BOTTOM - Styles.H1.lineHeight() - 20) / entryHeight(Styles.BODY);
        int pages = Math.max(1, (int) Math.ceil(expectedEntries / perPage));
        // Placed here in reading order, filled in by complete() once every page is known.
        heading = flow.tags().add(flow.tags().current(), "H1");
        toc = flow.tags().add(flow.tags().current(), "TOC");
        for (int i = 0; i < pages; i++) {
            flow.newPage();
            reserved.add(flow.pages().get(flow.pageIndex()));
        }
    }

    private static float entryHeight(TextStyle style) {
        return style.lineHeight() + ENTRY_GAP;
    }

    /** Fills the reserved pages with the entries of every anchor, linked to their pages. */
    public void complete(ReportContext ctx) {
        Flow flow = ctx.flow();
        Tags tags = flow.tags();
        List<Anchor> anchors = flow.anchors().all();
        List<PDPage> pages = flow.pages();
        int pageNo = 0;
        PDPageContentStream cs = null;
        float y = 0;
        try {
            for (Anchor anchor : anchors) {
                TextStyle style = anchor.level() == 0 ? Styles.BODY_BOLD : Styles.BODY;
                if (cs == null || y - entryHeight(style) < Flow.BOTTOM) {
                    if (cs != null) {
                        cs.close();
                    }
                    PDPage page = reserved.get(Math.min(pageNo++, reserved.size() - 1));
                    cs = new PDPageContentStream(flow.document(), page, PDPageContentStream.AppendMode.APPEND, true);
                    y = Flow.TOP;
                    if (pageNo == 1) {
                        Line h = flow.typesetter().lines(text("report.contents.title"), Styles.H1, Flow.WIDTH).get(0);
                        float top = y;
                        PDPageContentStream heads = cs;
                        tags.within(heading, () -> tags.content(heads, page, () ->
                                Pen.text(heads, flow.typesetter().fonts(), h, Flow.MARGIN_X, top - Styles.H1.size())));
                        y -= Styles.H1.lineHeight() + 20;
                    }
                }
                float indent = anchor.level() * 16;
                float numberWidth = 30;
                String number = Integer.toString(anchor.pageIndex() + 1);
                Line title = flow.typesetter().lines(anchor.title(), style, Flow.WIDTH - indent - numberWidth - 10)
                        .get(0);
                Line num = flow.typesetter().lines(number, style, numberWidth).get(0);
                float baseline = y - style.size();
                float entryBottom = y - entryHeight(style) + 1;
                PDPage page = reserved.get(pageNo - 1);
                PDPageContentStream entry = cs;
                // Each entry: a TOCI holding a Link with the title, the page number and the link annotation.
                tags.within(tags.add(tags.add(toc, "TOCI"), "Link"), () -> {
                    tags.content(entry, page, () -> {
                        Pen.text(entry, flow.typesetter().fonts(), title, Flow.MARGIN_X + indent, baseline);
                        Pen.text(entry, flow.typesetter().fonts(), num, Flow.MARGIN_X + Flow.WIDTH - num.width(),
                                baseline);
                    });
                    tags.annotation(link(page, pages.get(anchor.pageIndex()), anchor.y(),
                            new PDRectangle(Flow.MARGIN_X + indent, entryBottom,
                                    Flow.WIDTH - indent, entryHeight(style)), anchor.title()), page);
                });
                float dotsFrom = Flow.MARGIN_X + indent + title.width() + 4;
                float dotsTo = Flow.MARGIN_X + Flow.WIDTH - num.width() - 4;
                if (dotsTo > dotsFrom) {
                    Tags.artifact(cs, () -> {
                        try {
                            entry.setLineDashPattern(new float[] {0.6f, 2.4f}, 0);
                            Pen.rule(entry, dotsFrom, baseline, dotsTo, baseline, Palette.MUTED, 0.6f);
                            entry.setLineDashPattern(new float[0], 0);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
                y -= entryHeight(style);
            }
            if (cs != null) {
                cs.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        outline(ctx, anchors, pages);
    }

    private static PDAnnotationLink link(PDPage from, PDPage to, float y, PDRectangle area, String title) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setContents(title);
        link.setRectangle(area);
        link.setPrinted(true);
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        link.setDestination(destination(to, y));
        try {
            var annotations = from.getAnnotations();
            annotations.add(link);
            from.setAnnotations(annotations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return link;
    }

    private static PDPageXYZDestination destination(PDPage page, float y) {
        PDPageXYZDestination d = new PDPageXYZDestination();
        d.setPage(page);
        d.setLeft(0);
        d.setTop((int) Math.ceil(y + 20));
        return d;
    }

    private static void outline(ReportContext ctx, List<Anchor> anchors, List<PDPage> pages) {
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem section = null;
        for (Anchor anchor : anchors) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(anchor.title());
            item.setDestination(destination(pages.get(anchor.pageIndex()), anchor.y()));
            if (anchor.level() == 0 || section == null) {
                outline.addLast(item);
                section = item;
            } else {
                section.addLast(item);
            }
        }
        outline.openNode();
        ctx.flow().document().getDocumentCatalog().setDocumentOutline(outline);
    }
}
