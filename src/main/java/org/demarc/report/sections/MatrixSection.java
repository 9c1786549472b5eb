package org.demarc.report.sections;

import static org.demarc.report.sections.ReportContext.text;

import java.util.List;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.demarc.model.Assignment;
import org.demarc.model.Control;
import org.demarc.model.Responsibility;
import org.demarc.model.ResponsibilityMatrix;
import org.demarc.model.Service;
import org.demarc.report.layout.Flow;
import org.demarc.report.layout.Palette;
import org.demarc.report.layout.Styles;
import org.demarc.report.layout.Table.Cell;
import org.demarc.report.layout.Tags;
import org.demarc.report.text.Line;
import org.demarc.report.text.TextStyle;

/**
 * The responsibility matrix, controls × services. A wide scope is split into groups of columns,
 * each on its own pages; every page repeats the service headers, and every row names its control.
 * Text keeps its size: the matrix grows onto more pages rather than shrinking.
 */
public final class MatrixSection implements Section {
    static final float ROW_HEADER = 160;
    static final float COLUMN = 20;
    private static final TextStyle HEAD = Styles.TINY;
    private static final TextStyle CELL = Styles.SMALL_BOLD;
    private static final int HEADER_LINES = 2;

    @Override
    public void render(ReportContext ctx) {
        Headings.section(ctx, text("report.matrix.title"));
        Flow flow = ctx.flow();
        ResponsibilityMatrix m = ctx.analysis().matrix();
        List<Control> controls = m.controls().stream().filter(c -> ctx.shows(c.domainId())).toList();
        flow.paragraph(text("report.matrix.lead", controls.size(), m.services().size()), Styles.BODY);
        flow.down(4);
        legend(flow);
        if (m.services().isEmpty()) {
            flow.paragraph(text("report.scope.empty"), Styles.BODY);
            return;
        }
        int perPage = (int) Math.floor((Flow.WIDTH - ROW_HEADER) / COLUMN);
        float headerHeight = headerHeight(flow, m);
        List<Service> services = m.services();
        for (int from = 0; from < services.size(); from += perPage) {
            ctx.checkpoint();
            List<Service> group = services.subList(from, Math.min(services.size(), from + perPage));
            String caption = text("report.matrix.columns", from + 1, from + group.size(), services.size());
            if (from > 0 || flow.remaining() < headerHeight + 12 * HEAD.lineHeight()) {
                flow.newPage();
            }
            transcribe(flow, m, controls, group);
            // Each column group is a table: a header row of services, then a row per control.
            Tags tags = flow.tags();
            PDStructureElement table = tags.begin("Table");
            header(flow, m, group, headerHeight, caption, tags.add(table, "TR"));
            flow.onNewPage(() -> header(flow, m, group, headerHeight, caption, null));
            try {
                for (Control c : controls) {
                    row(flow, m, c, group, tags.add(table, "TR"));
                }
            } finally {
                flow.onNewPage(null);
                tags.end();
            }
        }
        flow.down(6);
    }

    /** The group of columns as a table in the transcript (for the editable twin): one row per control. */
    private static void transcribe(Flow flow, ResponsibilityMatrix m, List<Control> controls, List<Service> group) {
        flow.transcript().ifPresent(t -> {
            List<Cell> header = new java.util.ArrayList<>();
            header.add(Cell.head(text("report.actions.control")));
            group.forEach(s -> header.add(Cell.head(m.serviceLabel(s))));
            t.grid(header, controls.stream().map(c -> {
                List<Cell> row = new java.util.ArrayList<>();
                row.add(Cell.of(c.id() + "  " + c.title()));
                for (Service s : group) {
                    Assignment a = m.cell(c.id(), s.id());
                    row.add(Cell.of(letter(a.responsibility()) + (a.reason().isOverride() ? "*" : ""), CELL)
                            .fill(Palette.of(a.responsibility())));
                }
                return row;
            }).toList());
        });
    }

    private static void legend(Flow flow) {
        flow.transcript().ifPresent(t -> t.paragraph(java.util.Arrays.stream(Responsibility.values())
                .map(r -> letter(r) + " " + text("responsibility." + r.name()))
                .collect(java.util.stream.Collectors.joining("   ")) + "   " + text("report.matrix.override"),
                Styles.SMALL));
        float x = Flow.MARGIN_X;
        flow.ensure(3 * Styles.SMALL.lineHeight());
        float baseline = flow.y() - Styles.SMALL.size();
        // A list of the letters (labels) and what they stand for (bodies).
        Tags tags = flow.tags();
        tags.begin("L");
        for (Responsibility r : Responsibility.values()) {
            flow.fill(x, baseline - 3, 14, 12, Palette.of(r));
            PDStructureElement item = tags.begin("LI");
            float lx = x;
            Line letter = flow.typesetter().lines(letter(r), CELL, 14).get(0);
            flow.within(tags.add(item, "Lbl"), () -> flow.drawLine(letter, lx + (14 - letter.width()) / 2, baseline,
                    letter.width()));
            Line label = flow.typesetter().lines(text("responsibility." + r.name()), Styles.SMALL, 120).get(0);
            flow.within(tags.add(item, "LBody"), () -> flow.drawLine(label, lx + 18, baseline, label.width()));
            tags.end();
            x += 18 + label.width() + 18;
        }
        tags.end();
        Line star = flow.typesetter().lines(text("report.matrix.override"), Styles.SMALL, Flow.MARGIN_X + Flow.WIDTH - x)
                .get(0);
        flow.drawLine(star, x, baseline, star.width());
        flow.down(Styles.SMALL.lineHeight() + 10);
    }

    static String letter(Responsibility r) {
        return switch (r) {
            case PROVIDER -> text("report.matrix.letter.provider");
            case SHARED -> text("report.matrix.letter.shared");
            case CUSTOMER -> text("report.matrix.letter.customer");
            case NOT_APPLICABLE -> text("report.matrix.letter.notApplicable");
        };
    }

    /** The smallest header height (at least 60 pt) in which every service name (and variant) fits in two lines. */
    private static float headerHeight(Flow flow, ResponsibilityMatrix m) {
        float h = 60;
        while (h < 220) {
            boolean fits = true;
            for (Service s : m.services()) {
                if (flow.typesetter().lines(m.serviceLabel(s), HEAD, h).size() > HEADER_LINES) {
                    fits = false;
                    break;
                }
            }
            if (fits) {
                break;
            }
            h += 10;
        }
        return h;
    }

    /**
     * The header row; {@code tr} null when repeated on a new page (then drawn as an artifact): the
     * caption in the corner cell, a column header cell per service.
     */
    private static void header(Flow flow, ResponsibilityMatrix m, List<Service> group, float height, String caption,
                               PDStructureElement tr) {
        flow.ensure(height + 20);
        Line cap = flow.typesetter().lines(caption, Styles.SMALL_MUTED, ROW_HEADER - 8).get(0);
        float top = flow.y();
        cell(flow, tr == null ? null : flow.tags().add(tr, "TD"),
                () -> flow.drawLine(cap, Flow.MARGIN_X, top - height + 2, ROW_HEADER - 8));
        float x = Flow.MARGIN_X + ROW_HEADER;
        for (Service s : group) {
            flow.fill(x, top - height, COLUMN, height, Palette.HEADER_FILL);
            List<Line> lines = flow.typesetter().lines(m.serviceLabel(s), HEAD, height - 6);
            int n = Math.min(HEADER_LINES, lines.size());
            // Rotated a quarter turn to the left, glyphs lie left of their baseline; line 1 is leftmost.
            float left = x + (COLUMN - n * HEAD.lineHeight()) / 2;
            cell(flow, tr == null ? null : flow.tags().headerCell(tr, PDTableAttributeObject.SCOPE_COLUMN), () -> {
                for (int i = 0; i < n; i++) {
                    float baselineX = left + i * HEAD.lineHeight() + (HEAD.lineHeight() + HEAD.size()) / 2 - 1;
                    flow.drawRotated(lines.get(i), baselineX, top - height + 3);
                }
            });
            flow.rule(x, top, x, top - height, Palette.RULE, 0.5f);
            x += COLUMN;
        }
        flow.rule(x, top, x, top - height, Palette.RULE, 0.5f);
        flow.down(height);
        flow.rule(Flow.MARGIN_X, flow.y(), x, flow.y(), Palette.MUTED, 0.7f);
    }

    /** Draws into a table cell's element; with none (a repeated header), as drawn. */
    private static void cell(Flow flow, PDStructureElement element, Runnable draw) {
        if (element == null) {
            draw.run();
        } else {
            flow.within(element, draw);
        }
    }

    /** A control's row: its id and title as the row header cell, a cell per service. */
    private static void row(Flow flow, ResponsibilityMatrix m, Control c, List<Service> group, PDStructureElement tr) {
        List<Line> label = flow.typesetter().lines(c.id() + "  " + c.title(), HEAD, ROW_HEADER - 8);
        float h = Math.max(CELL.lineHeight() + 4, label.size() * HEAD.lineHeight() + 4);
        flow.ensure(h);
        float top = flow.y();
        flow.within(flow.tags().headerCell(tr, PDTableAttributeObject.SCOPE_ROW), () -> {
            float baseline = top - 2 - HEAD.size();
            for (Line l : label) {
                flow.drawLine(l, Flow.MARGIN_X + 2, baseline, ROW_HEADER - 8);
                baseline -= HEAD.lineHeight();
            }
        });
        float x = Flow.MARGIN_X + ROW_HEADER;
        for (Service s : group) {
            Assignment a = m.cell(c.id(), s.id());
            flow.fill(x + 0.5f, top - h + 0.5f, COLUMN - 1, h - 1, Palette.of(a.responsibility()));
            String mark = letter(a.responsibility()) + (a.reason().isOverride() ? "*" : "");
            Line cell = flow.typesetter().lines(mark, CELL, COLUMN).get(0);
            float cx = x;
            flow.within(flow.tags().add(tr, "TD"), () -> flow.drawLine(cell, cx + (COLUMN - cell.width()) / 2,
                    top - h / 2 - CELL.size() / 2 + 1, cell.width()));
            x += COLUMN;
        }
        flow.down(h);
        flow.rule(Flow.MARGIN_X, flow.y(), x, flow.y(), Palette.RULE, 0.4f);
    }
}
