package org.demarc.report.sections;

import static org.demarc.report.sections.ReportContext.date;
import static org.demarc.report.sections.ReportContext.orDash;
import static org.demarc.report.sections.ReportContext.text;

import java.util.List;

import org.demarc.model.Remediation;
import org.demarc.assessment.analysis.Gap;
import org.demarc.report.layout.Palette;
import org.demarc.report.layout.Styles;
import org.demarc.report.layout.Table;
import org.demarc.report.layout.Table.Align;
import org.demarc.report.layout.Table.Cell;

/** The action plan: every gap, highest priority (control weight × status) first, with owner and due date. */
public final class ActionPlanSection implements Section {
    @Override
    public void render(ReportContext ctx) {
        Headings.section(ctx, text("report.actions.title"));
        ctx.flow().paragraph(text("report.actions.lead"), Styles.BODY);
        ctx.flow().down(4);
        List<Gap> gaps = ctx.analysis().gapsByPriority();
        if (gaps.stream().noneMatch(g -> ctx.shows(g.control().domainId()))) {
            ctx.flow().paragraph(text("report.summary.noGaps"), Styles.BODY);
            return;
        }
        Table t = new Table(new float[] {0.35f, 1.7f, 1.15f, 0.8f, 2.3f, 1.1f, 0.95f}, List.of(
                Cell.head(text("report.actions.rank")), Cell.head(text("report.actions.control")),
                Cell.head(text("report.actions.status")), Cell.head(text("report.actions.priority")).align(Align.RIGHT),
                Cell.head(text("report.actions.action")), Cell.head(text("report.actions.owner")),
                Cell.head(text("report.actions.due"))));
        int rank = 1;
        for (Gap g : gaps) {
            ctx.checkpoint();
            // An excerpt keeps the ranks of the whole action plan.
            if (!ctx.shows(g.control().domainId())) {
                rank++;
                continue;
            }
            Remediation r = g.answer().remediation();
            String owner = r.owner().isBlank() ? g.answer().owner() : r.owner();
            t.row(Cell.of(Integer.toString(rank++)), Cell.of(g.control().id() + "\n" + g.control().title()),
                    Cell.of(text("status." + g.answer().status().name()),
                            Styles.SMALL_BOLD.withColor(Palette.of(g.answer().status()))),
                    Cell.of(Integer.toString(g.priority())).align(Align.RIGHT),
                    Cell.of(r.action().isBlank() ? text("report.actions.noAction") : r.action()),
                    Cell.of(orDash(owner)), Cell.of(date(r.dueDate())));
        }
        t.draw(ctx.flow());
    }
}
