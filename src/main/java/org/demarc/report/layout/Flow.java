package org.demarc.report.layout;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.util.Matrix;
import org.demarc.report.text.Line;
import org.demarc.report.text.ScriptLanguage;
import org.demarc.report.text.TextStyle;
import org.demarc.report.text.Typesetter;

/**
 * Pages and the writing position on the current one. Content flows downwards from the top margin;
 * whatever does not fit continues on a new page. Coordinates are PDF points, y upwards.
 */
public final class Flow implements AutoCloseable {
    public static final PDRectangle PAGE = PDRectangle.A4;
    public static final float MARGIN_X = 50;
    public static final float TOP = PAGE.getHeight() - 62;
    public static final float BOTTOM = 58;
    public static final float WIDTH = PAGE.getWidth() - 2 * MARGIN_X;
    /** A4 turned sideways, for a table that needs the width (the portfolio). */
    public static final PDRectangle LANDSCAPE = new PDRectangle(PAGE.getHeight(), PAGE.getWidth());

    private final PDDocument document;
    private final PDRectangle pageSize;
    private final float top;
    private final float width;
    private final Typesetter typesetter;
    private final List<PDPage> pages = new ArrayList<>();
    private final Anchors anchors = new Anchors();
    private final Tags tags;
    private PDPageContentStream content;
    private float y;
    private float freshY;
    private Runnable onNewPage = () -> { };
    private Transcript transcript;

    public Flow(PDDocument document, Typesetter typesetter) {
        this(document, typesetter, PAGE);
    }

    /** A flow on pages of {@code pageSize}, with the report's margins. */
    public Flow(PDDocument document, Typesetter typesetter, PDRectangle pageSize) {
        this.document = document;
        this.pageSize = pageSize;
        this.top = pageSize.getHeight() - (PAGE.getHeight() - TOP);
        this.width = pageSize.getWidth() - 2 * MARGIN_X;
        this.typesetter = typesetter;
        this.tags = new Tags(document);
    }

    /** The size of every page of this flow. */
    public PDRectangle pageSize() {
        return pageSize;
    }

    /** Where content starts on a page (the top margin), in points from the bottom. */
    public float top() {
        return top;
    }

    /** The width between the margins. */
    public float width() {
        return width;
    }

    /** The structure tree that everything drawn on this flow is tagged into. */
    public Tags tags() {
        return tags;
    }

    /** The page being drawn on. */
    public PDPage page() {
        return pages.get(pages.size() - 1);
    }

    public PDDocument document() {
        return document;
    }

    public Typesetter typesetter() {
        return typesetter;
    }

    /** Records what is drawn from now on (for the editable twin); null stops recording. */
    public void record(Transcript into) {
        transcript = into;
    }

    /** Where drawn content is recorded; empty when nothing is. */
    public java.util.Optional<Transcript> transcript() {
        return java.util.Optional.ofNullable(transcript);
    }

    public Anchors anchors() {
        return anchors;
    }

    public List<PDPage> pages() {
        return List.copyOf(pages);
    }

    public int pageIndex() {
        return pages.size() - 1;
    }

    public float y() {
        return y;
    }

    public void moveTo(float newY) {
        y = newY;
    }

    public void down(float dy) {
        y -= dy;
    }

    public float remaining() {
        return y - BOTTOM;
    }

    /** True when nothing but the repeated header (if any) is on the current page yet. */
    public boolean atTopOfPage() {
        return content != null && y >= freshY - 0.01f;
    }

    /** What to draw at the top of every page this flow starts from now on (a repeated table header). */
    public void onNewPage(Runnable r) {
        onNewPage = r == null ? () -> { } : r;
    }

    public PDPageContentStream content() {
        return content;
    }

    public void newPage() {
        closeContent();
        PDPage page = new PDPage(pageSize);
        document.addPage(page);
        pages.add(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top;
        // What repeats at the top of a page (a table's header row) is pagination, not content.
        tags.asArtifact(onNewPage);
        freshY = y;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    public void ensure(float height) {
        if (content == null || y - height < BOTTOM) {
            newPage();
        }
    }

    public void anchor(String title, int level) {
        anchors.add(title, level, pageIndex(), y);
    }

    /**
     * Lays out text in a width and draws it line by line, continuing on new pages as needed; tagged
     * as one paragraph, or as part of the element open (a heading, a list body).
     */
    public void paragraph(String text, TextStyle style, float x, float width) {
        if (transcript != null) {
            transcript.paragraph(text, style);
        }
        boolean own = !tags.inLeaf();
        if (own) {
            tags.begin("P");
        }
        try {
            for (Line line : typesetter.lines(text, style, width)) {
                ensure(style.lineHeight());
                drawLine(line, x, y - style.size(), width);
                y -= style.lineHeight();
            }
        } finally {
            if (own) {
                tags.end();
            }
        }
    }

    /** A heading of a level (1 to 3), tagged H1–H3. */
    public void heading(int level, String text, TextStyle style) {
        tags.beginHeading(level);
        try {
            paragraph(text, style);
        } finally {
            tags.end();
        }
    }

    /**
     * A list item starting with a bullet: the bullet tagged as the item's label, the text as its
     * body, drawn exactly as the paragraph {@code bullet + text} would be. Call inside an open
     * {@code L} element.
     */
    public void listItem(String bullet, String text, TextStyle style, float x, float width) {
        if (transcript != null) {
            transcript.paragraph(bullet + text, style);
        }
        List<Line> lines = typesetter.lines(bullet + text, style, width);
        tags.begin("LI");
        try {
            for (int i = 0; i < lines.size(); i++) {
                ensure(style.lineHeight());
                Line line = lines.get(i);
                float baseline = y - style.size();
                if (i == 0 && !line.rightToLeft() && line.text().startsWith(bullet)) {
                    Line label = typesetter.lines(bullet.strip(), style, width).get(0);
                    Line rest = typesetter.lines(line.text().substring(bullet.length()), style, 10_000).get(0);
                    within(tags.add(tags.current(), "Lbl"), () -> text(label, x, baseline));
                    tags.begin("LBody");
                    text(rest, x + typesetter.width(bullet, style), baseline);
                } else {
                    if (i == 0) {
                        tags.begin("LBody");
                    }
                    drawLine(line, x, baseline, width);
                }
                y -= style.lineHeight();
            }
            tags.end();
        } finally {
            tags.end();
        }
    }

    /** Runs {@code draw} with {@code element} open in the structure tree. */
    public void within(PDStructureElement element, Runnable draw) {
        tags.within(element, draw);
    }

    public void paragraph(String text, TextStyle style) {
        paragraph(text, style, MARGIN_X, width);
    }

    /** Draws one laid-out line with its baseline at {@code baseline}; right-to-left lines align right. */
    public void drawLine(Line line, float x, float baseline, float width) {
        float startX = line.rightToLeft() ? x + width - line.width() : x;
        text(line, startX, baseline);
    }

    /** Draws one line starting exactly at {@code x}, tagged into the open element. */
    public void text(Line line, float x, float baseline) {
        if (line.runs().isEmpty()) {
            return;
        }
        tags.text(content, page(), ScriptLanguage.of(line.text()),
                () -> Pen.text(content, typesetter.fonts(), line, x, baseline));
    }

    /** A filled box: an artifact (a decoration), or part of the figure being drawn. */
    public void fill(float x, float yBottom, float w, float h, Color color) {
        tags.decoration(content, page(), () -> Pen.fill(content, x, yBottom, w, h, color));
    }

    public void rule(float x1, float y1, float x2, float y2, Color color, float width) {
        tags.decoration(content, page(), () -> Pen.rule(content, x1, y1, x2, y2, color, width));
    }

    /** Draws a line rotated 90° counter-clockwise, its baseline starting at (x, y) going up. */
    public void drawRotated(Line line, float x, float baselineY) {
        tags.text(content, page(), ScriptLanguage.of(line.text()), () -> {
            try {
                content.saveGraphicsState();
                content.transform(new Matrix(0, 1, -1, 0, x, baselineY));
                Pen.text(content, typesetter.fonts(), line, 0, 0);
                content.restoreGraphicsState();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }

    @Override
    public void close() {
        closeContent();
    }
}
