package org.demarc.report.sections;

import static org.demarc.report.sections.ReportContext.text;

import java.util.List;
import java.util.stream.Collectors;

import org.demarc.assessment.ProviderWording;
import org.demarc.model.Control;
import org.demarc.model.Domain;
import org.demarc.model.Service;
import org.demarc.report.layout.Flow;
import org.demarc.report.layout.Palette;
import org.demarc.report.layout.Styles;
import org.demarc.report.layout.Table;
import org.demarc.report.layout.Table.Cell;

/**
 * The handout's questions, domain by domain: for each control the customer has a share in, its
 * id and title, the question and the guidance (each provider's wording over several providers), and the services in scope where the customer holds a
 * share, then ruled lines for notes. Only catalog and scope text: no answer, finding, comment,
 * owner or evidence of the assessment is ever read here.
 */
public final class HandoutQuestionsSection implements Section {
    static final int NOTE_LINES = 4;
    private static final float NOTE_LINE_GAP = 20;

    private final List<Domain> domains;

    public HandoutQuestionsSection(List<Domain> domains) {
        this.domains = List.copyOf(domains);
    }

    @Override
    public void render(ReportContext ctx) {
        Flow flow = ctx.flow();
        boolean first = true;
        for (Domain d : domains) {
            List<Control> controls = questions(ctx, d);
            if (first) {
                flow.newPage();
                first = false;
            } else {
                Headings.keepTogether(flow, Styles.H2.lineHeight() + 7
                        + (controls.isEmpty() ? 0 : Headings.controlHeight(flow, table(ctx, controls.get(0)), notesHeight())));
            }
            Headings.subsection(ctx, d.name(), true);
            if (!d.description().isBlank()) {
                flow.paragraph(d.description(), Styles.SMALL_MUTED);
                flow.down(4);
            }
            if (controls.isEmpty()) {
                flow.paragraph(text("handout.domain.none"), Styles.BODY);
                flow.down(8);
            }
            for (Control c : controls) {
                ctx.checkpoint();
                Headings.control(ctx, c, table(ctx, c), notesHeight());
                notes(flow);
            }
        }
    }

    /** The domain's controls the customer has a share in, for some service in scope. */
    public static List<Control> questions(ReportContext ctx, Domain d) {
        return ctx.analysis().asked().stream().filter(c -> c.domainId().equals(d.id())).toList();
    }

    private static Table table(ReportContext ctx, Control c) {
        Table t = new Table(new float[] {1.15f, 4f}, null).noZebra().rowHeaders();
        t.row(FindingsSection.label("report.findings.question"),
                Cell.of(ProviderWording.of(ctx.assessment(), c, Control::question), Styles.BODY));
        String guidance = ProviderWording.of(ctx.assessment(), c, Control::guidance);
        if (!guidance.isBlank()) {
            t.row(FindingsSection.label("handout.guidance"), FindingsSection.value(guidance));
        }
        t.row(FindingsSection.label("handout.services"), FindingsSection.value(ctx.analysis().matrix()
                .servicesWithCustomerShare(c.id()).stream().map(Service::name).collect(Collectors.joining(", "))));
        return t;
    }

    private static float notesHeight() {
        return Styles.SMALL.lineHeight() + NOTE_LINES * NOTE_LINE_GAP + 10;
    }

    /** "Notes" and ruled lines to write on. */
    private static void notes(Flow flow) {
        flow.ensure(notesHeight());
        flow.paragraph(text("handout.notes"), Styles.SMALL_MUTED);
        for (int i = 0; i < NOTE_LINES; i++) {
            flow.down(NOTE_LINE_GAP);
            flow.rule(Flow.MARGIN_X, flow.y(), Flow.MARGIN_X + Flow.WIDTH, flow.y(), Palette.RULE, 0.6f);
        }
        flow.down(10);
    }
}
