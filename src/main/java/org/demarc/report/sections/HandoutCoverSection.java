package org.demarc.report.sections;

import static org.demarc.report.sections.ReportContext.date;
import static org.demarc.report.sections.ReportContext.orDash;
import static org.demarc.report.sections.ReportContext.text;

import java.util.List;

import org.demarc.assessment.ProviderWording;
import org.demarc.model.Domain;
import org.demarc.model.Engagement;
import org.demarc.report.layout.Flow;
import org.demarc.report.layout.Palette;
import org.demarc.report.layout.Styles;
import org.demarc.report.layout.Table;
import org.demarc.report.layout.Table.Cell;

/** The handout's cover: engagement title, client, workload, the workshop's dates, the domains and how to use it. */
public final class HandoutCoverSection implements Section {
    private final List<Domain> domains;

    public HandoutCoverSection(List<Domain> domains) {
        this.domains = List.copyOf(domains);
    }

    @Override
    public void render(ReportContext ctx) {
        Flow flow = ctx.flow();
        Engagement e = ctx.assessment().engagement();
        CoverSection.masthead(ctx, text("handout.kind"));
        int questions = domains.stream().mapToInt(d -> HandoutQuestionsSection.questions(ctx, d).size()).sum();
        new Table(new float[] {1.1f, 3f}, null).noZebra().rowHeaders()
                .row(CoverSection.label("report.cover.client"), Cell.of(orDash(e.client()), Styles.BODY))
                .row(CoverSection.label("report.cover.workload"), Cell.of(orDash(e.workload()), Styles.BODY))
                .row(CoverSection.label("handout.date"), Cell.of(workshopDate(ctx), Styles.BODY))
                .row(CoverSection.label("report.cover.assessors"), Cell.of(orDash(String.join("\n", e.assessors())), Styles.BODY))
                .row(CoverSection.label("handout.domains"), Cell.of(String.join("\n", domains.stream().map(Domain::name).toList()),
                        Styles.BODY))
                .row(CoverSection.label("handout.questions"), Cell.of(Integer.toString(questions), Styles.BODY))
                .draw(flow);
        flow.down(10);
        flow.heading(2, text("handout.howTo.title"), Styles.H3);
        flow.down(2);
        flow.paragraph(text("handout.howTo"), Styles.BODY);
        List<String> providers = ProviderWording.providersInScope(ctx.assessment());
        if (providers.size() > 1) {
            flow.down(4);
            flow.paragraph(text("handout.howTo.providers", String.join(", ", providers)), Styles.BODY);
        }
        flow.down(12);
        flow.paragraph(text("handout.about"), Styles.SMALL_MUTED);
    }

    /** The engagement's dates when known; else the date the assessment was last changed (never "today"). */
    private static String workshopDate(ReportContext ctx) {
        Engagement e = ctx.assessment().engagement();
        if (e.startDate() == null && e.endDate() == null) {
            return date(ctx.reportDate());
        }
        if (e.endDate() == null || e.endDate().equals(e.startDate())) {
            return date(e.startDate() == null ? e.endDate() : e.startDate());
        }
        return text("report.cover.period", date(e.startDate()), date(e.endDate()));
    }
}
