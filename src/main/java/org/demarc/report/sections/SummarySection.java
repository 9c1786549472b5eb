package org.demarc.report.sections;

import static org.demarc.report.sections.ReportContext.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.demarc.model.AnswerStatus;
import org.demarc.model.Category;
import org.demarc.model.Responsibility;
import org.demarc.model.Service;
import org.demarc.assessment.analysis.AssessmentAnalysis;
import org.demarc.assessment.analysis.DomainProgress;
import org.demarc.assessment.analysis.Gap;
import org.demarc.report.layout.Charts;
import org.demarc.report.layout.Charts.Bar;
import org.demarc.report.layout.Flow;
import org.demarc.report.layout.Palette;
import org.demarc.report.layout.Styles;
import org.demarc.report.layout.Table;
import org.demarc.report.layout.Table.Align;
import org.demarc.report.layout.Table.Cell;

/**
 * The executive summary: services by category, matrix cells by responsibility, answers by status and
 * coverage by domain, each as figures and as a chart; then the top gaps, one sentence each.
 */
public final class SummarySection implements Section {
    static final int TOP_GAPS = 5;
    private static final int SENTENCE_MAX = 220;

    @Override
    public void render(ReportContext ctx) {
        Headings.section(ctx, text("report.summary.title"));
        AssessmentAnalysis an = ctx.analysis();
        Flow flow = ctx.flow();
        flow.paragraph(text("report.summary.lead", ctx.services().size(), an.workList().size(), an.asked().size(),
                an.inherited().size(), percent(an.coverage()), an.gapsByPriority().size()), Styles.BODY);
        flow.down(8);

        Headings.minor(ctx, text("report.summary.byCategory"));
        List<Bar> categories = new ArrayList<>();
        for (Category c : Category.values()) {
            long n = ctx.services().stream().map(Service::category).filter(c::equals).count();
            categories.add(new Bar(categoryName(ctx, c), n, Long.toString(n), Palette.ACCENT));
        }
        Charts.bars(flow, categories, Math.max(1, ctx.services().size()));

        Headings.minor(ctx, text("report.summary.byResponsibility"));
        List<Bar> split = new ArrayList<>();
        Map<Responsibility, Integer> cells = an.responsibilitySplit();
        int totalCells = cells.values().stream().mapToInt(Integer::intValue).sum();
        for (Responsibility r : Responsibility.values()) {
            int n = cells.get(r);
            split.add(new Bar(text("responsibility." + r.name()), n,
                    text("report.summary.cells", n, percent(totalCells == 0 ? 0 : (double) n / totalCells)),
                    Palette.of(r)));
        }
        Charts.stacked(flow, split);
        flow.paragraph(text("report.summary.byResponsibility.note", totalCells, an.asked().size(),
                an.inherited().size()), Styles.SMALL_MUTED);
        flow.down(6);

        Headings.minor(ctx, text("report.summary.byStatus"));
        Map<AnswerStatus, Integer> statuses = an.statusDistribution();
        int unanswered = an.unanswered().size();
        List<Bar> statusBars = new ArrayList<>();
        for (AnswerStatus s : AnswerStatus.values()) {
            statusBars.add(new Bar(text("status." + s.name()), statuses.get(s), Integer.toString(statuses.get(s)),
                    Palette.of(s)));
        }
        statusBars.add(new Bar(text("report.summary.unanswered"), unanswered, Integer.toString(unanswered),
                Palette.MUTED));
        Charts.bars(flow, statusBars, Math.max(1, an.workList().size()));

        Headings.minor(ctx, text("report.summary.coverage"));
        List<Bar> coverage = new ArrayList<>();
        Table figures = new Table(new float[] {3, 1, 1, 1}, List.of(Cell.head(text("report.summary.domain")),
                Cell.head(text("report.summary.asked")).align(Align.RIGHT),
                Cell.head(text("report.summary.answered")).align(Align.RIGHT),
                Cell.head(text("report.summary.coverageScore")).align(Align.RIGHT)));
        for (DomainProgress p : an.progressByDomain()) {
            coverage.add(p.applicable() == 0
                    ? new Bar(p.domain().name(), 0, text("report.summary.noneApplicable"), Palette.ACCENT)
                    : new Bar(p.domain().name(), p.coverage(), percent(p.coverage()), Palette.ACCENT));
            figures.row(Cell.of(p.domain().name()), Cell.of(Integer.toString(p.asked())).align(Align.RIGHT),
                    Cell.of(Integer.toString(p.answered())).align(Align.RIGHT),
                    Cell.of(p.applicable() == 0 ? text("report.summary.noneApplicable") : percent(p.coverage()))
                            .align(Align.RIGHT));
        }
        Charts.bars(flow, coverage, 1.0);
        flow.paragraph(text("report.summary.coverage.note"), Styles.SMALL_MUTED);
        flow.down(6);
        figures.draw(flow);

        Headings.minor(ctx, text("report.summary.topGaps"));
        List<Gap> gaps = an.gapsByPriority();
        if (gaps.isEmpty()) {
            flow.paragraph(text("report.summary.noGaps"), Styles.BODY);
        }
        flow.tags().begin("L");
        for (Gap g : gaps.subList(0, Math.min(TOP_GAPS, gaps.size()))) {
            flow.listItem("\u2022 ", text("report.summary.gap", g.control().id(), g.control().title(),
                    text("status." + g.answer().status().name()), g.priority(), sentence(g)), Styles.BODY,
                    Flow.MARGIN_X + 6, Flow.WIDTH - 6);
            flow.down(2);
        }
        flow.tags().end();
        if (gaps.size() > TOP_GAPS) {
            flow.paragraph(text("report.summary.moreGaps", gaps.size() - TOP_GAPS), Styles.SMALL_MUTED);
        }
    }

    /** The gap's finding cut to its first sentence, or the agreed action when there is no finding. */
    static String sentence(Gap g) {
        String s = g.answer().finding().isBlank() ? g.answer().remediation().action() : g.answer().finding();
        s = s.strip().replace('\n', ' ');
        if (s.isEmpty()) {
            return text("report.summary.gap.noFinding");
        }
        int end = -1;
        for (int i = 0; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\u3002') && Character.isWhitespace(s.charAt(i + 1))) {
                end = i + 1;
                break;
            }
        }
        if (end > 0) {
            s = s.substring(0, end);
        }
        if (s.length() > SENTENCE_MAX) {
            int cut = SENTENCE_MAX;
            if (Character.isLowSurrogate(s.charAt(cut))) {
                cut--;
            }
            s = s.substring(0, cut).stripTrailing() + "\u2026";
        }
        return s;
    }

    /** The catalog's name for a category ("Infrastructure services"). */
    static String categoryName(ReportContext ctx, Category c) {
        return ctx.assessment().catalog().profile(c).map(p -> p.name()).orElse(text("category." + c.name()));
    }

    static String percent(double share) {
        return text("report.percent", Math.round(share * 100));
    }
}
