package org.demarc.report.sections;

import org.demarc.model.Control;
import org.demarc.report.layout.Flow;
import org.demarc.report.layout.Palette;
import org.demarc.report.layout.Styles;
import org.demarc.report.layout.Table;

/** Section and sub-section headings, each a bookmark and a contents entry. */
final class Headings {
    private Headings() {
    }

    /** A section starts on a new page with a bookmark. */
    static void section(ReportContext ctx, String title) {
        Flow flow = ctx.flow();
        flow.newPage();
        flow.anchor(title, 0);
        flow.heading(1, title, Styles.H1.withColor(ctx.accent()));
        flow.rule(Flow.MARGIN_X, flow.y() + 2, Flow.MARGIN_X + Flow.WIDTH, flow.y() + 2, ctx.accent(), 1f);
        flow.down(10);
    }

    /** A domain (or similar) heading, kept with at least a few lines of what follows. */
    static void subsection(ReportContext ctx, String title, boolean bookmark) {
        Flow flow = ctx.flow();
        flow.ensure(Styles.H2.lineHeight() + 6 * Styles.BODY.lineHeight());
        flow.down(4);
        if (bookmark) {
            flow.anchor(title, 1);
        }
        flow.heading(2, title, Styles.H2.withColor(ctx.accent()));
        flow.down(3);
    }

    static void minor(ReportContext ctx, String title) {
        Flow flow = ctx.flow();
        flow.ensure(Styles.H3.lineHeight() + 4 * Styles.BODY.lineHeight());
        flow.down(4);
        flow.heading(3, title, Styles.H3);
        flow.down(2);
    }

    /** Starts a new page for a block that fits on one page but not on what is left of this one. */
    static void keepTogether(Flow flow, float height) {
        if (height <= Flow.TOP - Flow.BOTTOM) {
            flow.ensure(height);
        }
    }

    /** The height of a control's heading and its table, {@code extra} points below it included. */
    static float controlHeight(Flow flow, Table table, float extra) {
        return Styles.H3.lineHeight() + 8 + table.height(flow) + extra;
    }

    /** A control's heading ("IAM-01  Title") and its table, kept together with {@code extra} points below. */
    static void control(ReportContext ctx, Control c, Table table, float extra) {
        keepTogether(ctx.flow(), controlHeight(ctx.flow(), table, extra));
        minor(ctx, c.id() + "  " + c.title());
        table.draw(ctx.flow());
    }
}
