package org.demarc.report.sections;

import static org.demarc.report.sections.ReportContext.date;
import static org.demarc.report.sections.ReportContext.orDash;
import static org.demarc.report.sections.ReportContext.text;

import java.util.stream.Collectors;

import org.demarc.model.Assessment;
import org.demarc.model.Engagement;
import org.demarc.model.Signatory;
import org.demarc.report.layout.Flow;
import org.demarc.report.layout.Palette;
import org.demarc.report.layout.Styles;
import org.demarc.report.layout.Table;
import org.demarc.report.layout.Table.Cell;

/** The cover: title, client, workload, assessors, dates, catalog, status and fingerprint. */
public final class CoverSection implements Section {
    @Override
    public void render(ReportContext ctx) {
        Flow flow = ctx.flow();
        Assessment a = ctx.assessment();
        Engagement e = a.engagement();
        masthead(ctx, text("report.cover.kind"));
        if (ctx.excerpt()) {
            excerptNotice(ctx);
        }

        String status = ctx.signOffVoid() ? text("report.cover.status.void", date(ctx.reportDate()),
                a.signOff().signatories().stream().map(Signatory::name).collect(Collectors.joining(", ")))
                : ctx.draft() ? text("report.cover.status.draft")
                : text("report.cover.status.signed", date(ctx.reportDate()), a.signOff().signatories().stream()
                        .map(Signatory::name).collect(Collectors.joining(", ")));
        String period = e.startDate() == null && e.endDate() == null ? "\u2013"
                : text("report.cover.period", date(e.startDate()), date(e.endDate()));
        new Table(new float[] {1.1f, 3f}, null).noZebra().rowHeaders()
                .row(label("report.cover.client"), Cell.of(orDash(e.client()), Styles.BODY))
                .row(label("report.cover.workload"), Cell.of(orDash(e.workload()), Styles.BODY))
                .row(label("report.cover.assessors"), Cell.of(orDash(String.join("\n", e.assessors())), Styles.BODY))
                .row(label("report.cover.period.label"), Cell.of(period, Styles.BODY))
                .row(label("report.cover.date"), Cell.of(date(ctx.reportDate()), Styles.BODY))
                .row(label("report.cover.catalog"), Cell.of(text("report.cover.catalog.value", a.catalog().name(),
                        a.catalog().version(), a.catalog().provider().name()), Styles.BODY))
                .row(label("report.cover.status"), Cell.of(status, Styles.BODY_BOLD
                        .withColor(ctx.draft() ? Palette.DRAFT : Palette.TEXT)))
                .row(label("report.cover.fingerprint"), Cell.of(ctx.fingerprint(), Styles.MONO))
                .row(label("report.cover.catalogFingerprint"), Cell.of(ctx.catalogFingerprint(), Styles.MONO))
                .draw(flow);
        flow.down(10);
        if (!e.scopeStatement().isBlank()) {
            flow.heading(2, text("report.cover.scopeStatement"), Styles.H3);
            flow.down(2);
            flow.paragraph(e.scopeStatement(), Styles.BODY);
        }
        flow.down(12);
        flow.paragraph(text("report.cover.about"), Styles.SMALL_MUTED);
    }

    /**
     * A new page with the accent band, the profile's logo and marking, what the document is, the
     * title, the client and the issuing organisation.
     */
    static void masthead(ReportContext ctx, String kind) {
        Flow flow = ctx.flow();
        String client = ctx.assessment().engagement().client();
        flow.newPage();
        flow.fill(0, Flow.PAGE.getHeight() - 16, Flow.PAGE.getWidth(), 16, ctx.accent());
        CoverLogo.draw(flow, ctx.profile());
        flow.down(70);
        if (!ctx.profile().classification().isEmpty()) {
            flow.paragraph(ctx.profile().classification(), Styles.H3.withColor(Palette.DRAFT));
            flow.down(4);
        }
        flow.paragraph(kind, Styles.H3.withColor(Palette.MUTED));
        flow.down(6);
        flow.heading(1, ctx.title(), Styles.TITLE.withColor(ctx.accent()));
        flow.down(8);
        flow.paragraph(client.isBlank() ? "" : client, Styles.H2.withColor(Palette.TEXT));
        if (!ctx.profile().organisation().isEmpty()) {
            flow.down(4);
            flow.paragraph(text("report.cover.organisation", ctx.profile().organisation()),
                    Styles.BODY.withColor(Palette.MUTED));
        }
        flow.down(24);
    }

    /** A part of the report says so first, before anything a reader could take for the whole. */
    private static void excerptNotice(ReportContext ctx) {
        Flow flow = ctx.flow();
        new Table(new float[] {1}, null).noZebra()
                .row(Cell.of(text("report.excerpt.cover", ctx.excerptName()), Styles.H3.withColor(Palette.WARNING))
                        .fill(Palette.HEADER_FILL))
                .row(Cell.of(text("report.excerpt.cover.explain"), Styles.BODY).fill(Palette.HEADER_FILL))
                .draw(flow);
        flow.down(12);
    }

    static Cell label(String key) {
        return Cell.of(text(key), Styles.BODY_BOLD.withColor(Palette.MUTED));
    }
}
