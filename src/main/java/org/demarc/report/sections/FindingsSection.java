package org.demarc.report.sections;

import static org.demarc.report.sections.ReportContext.date;
import static org.demarc.report.sections.ReportContext.orDash;
import static org.demarc.report.sections.ReportContext.text;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.demarc.model.Answer;
import org.demarc.model.Control;
import org.demarc.model.Domain;
import org.demarc.model.EvidenceReference;
import org.demarc.model.Remediation;
import org.demarc.model.Service;
import org.demarc.model.ServiceException;
import org.demarc.assessment.ProviderWording;
import org.demarc.assessment.analysis.AssessmentAnalysis;
import org.demarc.report.layout.Flow;
import org.demarc.report.layout.Palette;
import org.demarc.report.layout.Styles;
import org.demarc.report.layout.Table;
import org.demarc.report.layout.Table.Cell;

/**
 * Findings by domain, one block per control the customer answers: the question and the customer's
 * part (each provider's wording over several providers),
 * status and justification, the finding, owner, evidence with its SHA-256, exceptions and the
 * remediation. The internal comment of an answer never appears in the report.
 */
public final class FindingsSection implements Section {
    @Override
    public void render(ReportContext ctx) {
        Headings.section(ctx, text("report.findings.title"));
        AssessmentAnalysis an = ctx.analysis();
        Flow flow = ctx.flow();
        flow.paragraph(text("report.findings.lead"), Styles.BODY);
        List<String> providers = ProviderWording.providersInScope(ctx.assessment());
        if (providers.size() > 1) {
            flow.down(4);
            flow.paragraph(text("report.findings.lead.providers", String.join(", ", providers)), Styles.BODY);
        }
        if (an.asked().stream().noneMatch(c -> ctx.shows(c.domainId()))) {
            flow.paragraph(text("report.findings.none"), Styles.BODY);
        }
        for (Domain d : ctx.assessment().catalog().domains()) {
            List<Control> controls = an.asked().stream().filter(c -> c.domainId().equals(d.id()))
                    .filter(c -> ctx.shows(d.id())).toList();
            if (controls.isEmpty()) {
                continue;
            }
            // The domain heading stays with its first control.
            Headings.keepTogether(flow, Styles.H2.lineHeight() + 7
                    + Headings.controlHeight(flow, table(ctx, controls.get(0)), 0));
            Headings.subsection(ctx, d.name(), true);
            for (Control c : controls) {
                ctx.checkpoint();
                Headings.control(ctx, c, table(ctx, c), 0);
            }
        }
    }

    private static Table table(ReportContext ctx, Control c) {
        Answer a = ctx.assessment().answers().get(c.id());
        Table t = new Table(new float[] {1.15f, 4f}, null).noZebra().rowHeaders();
        t.row(label("report.findings.question"), value(ProviderWording.of(ctx.assessment(), c, Control::question)));
        t.row(label("report.findings.customerPart"), value(ProviderWording.of(ctx.assessment(), c, Control::customerPart)));
        t.row(label("report.findings.services"), value(ctx.analysis().matrix().servicesWithCustomerShare(c.id())
                .stream().map(Service::name).collect(Collectors.joining(", "))));
        if (a == null) {
            t.row(label("report.findings.status"), Cell.of(text("report.findings.unanswered"),
                    Styles.SMALL_BOLD.withColor(Palette.DRAFT)));
            return t;
        }
        t.row(label("report.findings.status"), Cell.of(text("status." + a.status().name()),
                Styles.SMALL_BOLD.withColor(Palette.of(a.status()))));
        if (!a.justification().isBlank()) {
            t.row(label("report.findings.justification"), value(a.justification()));
        }
        t.row(label("report.findings.finding"), value(orDash(a.finding())));
        t.row(label("report.findings.owner"), value(orDash(a.owner())));
        if (!a.evidence().isEmpty()) {
            t.row(label("report.findings.evidence"), Cell.of(evidence(ctx, a.evidence()), Styles.SMALL));
        }
        if (!ScansAppendix.shown(a).isEmpty()) {
            t.row(label("report.findings.scanEvidence"), Cell.of(ScanEvidenceText.lines(ScansAppendix.shown(a)),
                    Styles.SMALL));
        }
        if (!a.exceptions().isEmpty()) {
            t.row(label("report.findings.exceptions"), value(exceptions(ctx, a.exceptions())));
        }
        Remediation r = a.remediation();
        if (!r.isEmpty()) {
            t.row(label("report.findings.remediation"), value(text("report.findings.remediation.value",
                    orDash(r.action()), orDash(r.owner()), date(r.dueDate()))));
        }
        if (a.lastConfirmed() != null) {
            t.row(label("report.findings.lastConfirmed"), value(date(a.lastConfirmed())));
        }
        if (!a.confirmedBy().isBlank()) {
            t.row(label("report.findings.confirmedBy"), value(confirmedBy(ctx, a.confirmedBy())));
        }
        return t;
    }

    /** The attendee's name, with the role they spoke for when it is known. */
    private static String confirmedBy(ReportContext ctx, String name) {
        String role = ctx.assessment().engagement().attendee(name).map(x -> x.role()).orElse("");
        return role.isBlank() ? name : text("report.findings.confirmedBy.value", name, role);
    }

    private static String evidence(ReportContext ctx, List<EvidenceReference> refs) {
        List<String> lines = new ArrayList<>();
        for (EvidenceReference e : refs) {
            // Without a description the path is the whole name: said once, not twice.
            String line = e.description().isBlank() ? text("report.findings.evidence.file", e.path(), e.size(), e.sha256())
                    : text("report.findings.evidence.item", e.description(), e.path(), e.size(), e.sha256());
            var state = ctx.evidenceState(e);
            if (state != null) {
                // Checked before drawing (see EvidenceStep); a missing or changed file is flagged, never fatal.
                line += " " + text("report.evidenceState." + state.name(), ctx.evidenceCheck().perFileLimit(),
                        ctx.evidenceCheck().totalLimit());
            }
            lines.add(line);
        }
        return String.join("\n", lines);
    }

    private static String exceptions(ReportContext ctx, List<ServiceException> exceptions) {
        List<String> lines = new ArrayList<>();
        for (ServiceException e : exceptions) {
            String name = ctx.assessment().catalog().service(e.serviceId()).map(Service::name).orElse(e.serviceId());
            lines.add(text("report.findings.exception.item", name, text("status." + e.status().name()),
                    orDash(e.note())));
        }
        return String.join("\n", lines);
    }

    static Cell label(String key) {
        return Cell.of(text(key), Styles.SMALL_BOLD.withColor(Palette.MUTED));
    }

    static Cell value(String s) {
        return Cell.of(s, Styles.SMALL);
    }
}
