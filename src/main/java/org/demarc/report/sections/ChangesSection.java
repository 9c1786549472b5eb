package org.demarc.report.sections;

import static org.demarc.report.sections.ReportContext.text;

import org.demarc.assessment.diff.AssessmentDiff;
import org.demarc.assessment.diff.DiffText;
import org.demarc.report.layout.Flow;
import org.demarc.report.layout.Styles;

/**
 * Changes since the previous assessment, in the words of {@link DiffText} (the same as
 * {@code demarc diff} and File → Compare with…): a summary, then one group per kind of change.
 */
public final class ChangesSection implements Section {
    private final AssessmentDiff diff;

    public ChangesSection(AssessmentDiff diff) {
        this.diff = diff;
    }

    @Override
    public void render(ReportContext ctx) {
        Headings.section(ctx, text("report.changes.title"));
        ctx.flow().paragraph(DiffText.heading(diff) + "\n" + DiffText.coverage(diff), Styles.BODY);
        ctx.flow().down(4);
        var groups = DiffText.sections(diff);
        if (groups.isEmpty()) {
            ctx.flow().paragraph(text("report.changes.none"), Styles.BODY);
            return;
        }
        for (DiffText.Section g : groups) {
            ctx.checkpoint();
            Headings.minor(ctx, g.heading());
            ctx.flow().tags().begin("L");
            for (String line : g.lines()) {
                ctx.flow().listItem("• ", line, Styles.BODY, Flow.MARGIN_X, Flow.WIDTH);
            }
            ctx.flow().tags().end();
        }
    }
}
