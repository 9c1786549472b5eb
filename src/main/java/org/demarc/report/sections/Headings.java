package org.demarc.report.sections;

import org.demarc.report.layout.Flow;
import org.demarc.report.layout.Palette;
import org.demarc.report.layout.Styles;

/** Section and sub-section headings, each a bookmark and a contents entry. */
final class Headings {
    private Headings() {
    }

    /** A section starts on a new page with a bookmark. */
    static void section(ReportContext ctx, String title) {
        Flow flow = ctx.flow();
        flow.newPage();
        flow.anchor(title, 0);
        flow.paragraph(title, Styles.H1);
        flow.rule(Flow.MARGIN_X, flow.y() + 2, Flow.MARGIN_X + Flow.WIDTH, flow.y() + 2, Palette.ACCENT, 1f);
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
        flow.paragraph(title, Styles.H2);
        flow.down(3);
    }

    static void minor(ReportContext ctx, String title) {
        Flow flow = ctx.flow();
        flow.ensure(Styles.H3.lineHeight() + 4 * Styles.BODY.lineHeight());
        flow.down(4);
        flow.paragraph(title, Styles.H3);
        flow.down(2);
    }
}
