package org.demarc.report.sections;

import static org.demarc.report.sections.ReportContext.date;
import static org.demarc.report.sections.ReportContext.orDash;
import static org.demarc.report.sections.ReportContext.text;

import java.time.LocalDate;
import java.util.List;

import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Control;
import org.demarc.model.ProviderEvidence;
import org.demarc.report.layout.Flow;
import org.demarc.report.layout.Palette;
import org.demarc.report.layout.Styles;
import org.demarc.report.layout.Table;
import org.demarc.report.layout.Table.Cell;

/**
 * Inherited controls and the provider evidence relied on: report name, issuer, period covered and
 * date obtained. Evidence obtained more than a year before the report's date is marked.
 */
public final class InheritedSection implements Section {
    @Override
    public void render(ReportContext ctx) {
        Headings.section(ctx, text("report.inherited.title"));
        Flow flow = ctx.flow();
        flow.paragraph(text("report.inherited.lead"), Styles.BODY);
        flow.down(4);
        List<Control> controls = ctx.analysis().inherited();
        if (controls.isEmpty()) {
            flow.paragraph(text("report.inherited.none"), Styles.BODY);
            return;
        }
        LocalDate staleBefore = ctx.reportDate().minusYears(1);
        for (Control c : controls) {
            ctx.checkpoint();
            Headings.minor(ctx, c.id() + "  " + c.title());
            providerParts(ctx, c);
            Answer a = ctx.assessment().answers().get(c.id());
            boolean acknowledged = a != null && a.status() == AnswerStatus.INHERITED && !a.providerEvidence().isEmpty();
            flow.paragraph(acknowledged ? text("report.inherited.acknowledged")
                    : text("report.inherited.notAcknowledged"), Styles.SMALL_BOLD
                    .withColor(acknowledged ? Palette.TEXT : Palette.DRAFT));
            if (a != null && !a.finding().isBlank()) {
                flow.paragraph(a.finding(), Styles.SMALL);
            }
            flow.down(3);
            if (a == null || a.providerEvidence().isEmpty()) {
                continue;
            }
            boolean several = ctx.assessment().catalog().isCombined();
            List<Cell> head = new java.util.ArrayList<>();
            if (several) {
                head.add(Cell.head(text("report.inherited.provider")));
            }
            head.addAll(List.of(
                    Cell.head(text("report.inherited.report")), Cell.head(text("report.inherited.issuer")),
                    Cell.head(text("report.inherited.period")), Cell.head(text("report.inherited.obtained")),
                    Cell.head(text("report.inherited.source"))));
            Table t = new Table(several ? new float[] {1.2f, 2f, 1.6f, 1.4f, 1.1f, 1.6f}
                    : new float[] {2f, 1.6f, 1.4f, 1.1f, 1.6f}, head);
            for (ProviderEvidence e : a.providerEvidence()) {
                LocalDate seen = e.obtainedOn() != null ? e.obtainedOn() : e.periodTo();
                boolean stale = seen == null || seen.isBefore(staleBefore);
                Cell obtained = stale
                        ? Cell.of(text("report.inherited.stale", date(e.obtainedOn())),
                                Styles.SMALL_BOLD.withColor(Palette.WARNING))
                        : Cell.of(date(e.obtainedOn()));
                String source = e.note().isBlank() ? orDash(e.source()) : orDash(e.source()) + "\n" + e.note();
                List<Cell> row = new java.util.ArrayList<>();
                if (several) {
                    row.add(providerCell(ctx, e));
                }
                row.addAll(List.of(Cell.of(orDash(e.name())), Cell.of(orDash(e.issuer())),
                        Cell.of(text("report.cover.period", date(e.periodFrom()), date(e.periodTo()))), obtained,
                        Cell.of(source)));
                t.row(row);
            }
            t.draw(flow);
        }
    }

    /**
     * What the provider does for the control; over several providers, each provider's own words
     * for those of its services in scope, each named.
     */
    private static void providerParts(ReportContext ctx, Control c) {
        org.demarc.model.Catalog catalog = ctx.assessment().catalog();
        if (!catalog.isCombined()) {
            ctx.flow().paragraph(text("report.inherited.providerPart", c.providerPart()), Styles.SMALL);
            return;
        }
        for (org.demarc.model.Catalog part : catalog.parts()) {
            if (ctx.services().stream().anyMatch(s -> catalog.partFor(s.id()) == part)) {
                String words = part.control(c.id()).orElse(c).providerPart();
                ctx.flow().paragraph(text("report.inherited.providerPartOf", part.provider().name(), words), Styles.SMALL);
            }
        }
    }

    /** The provider an evidence entry is about, or a warning that it names none of the assessment's. */
    private static Cell providerCell(ReportContext ctx, ProviderEvidence e) {
        return org.demarc.assessment.EvidenceProviders.of(ctx.assessment().catalog(), e)
                .map(p -> Cell.of(p.name()))
                .orElseGet(() -> Cell.of(text("report.inherited.providerUnknown"), Styles.SMALL_BOLD.withColor(Palette.WARNING)));
    }
}
