package org.demarc.report.sections;

import static org.demarc.report.sections.ReportContext.date;
import static org.demarc.report.sections.ReportContext.orDash;
import static org.demarc.report.sections.ReportContext.text;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.demarc.model.SignOff;
import org.demarc.model.Signatory;
import org.demarc.report.layout.Flow;
import org.demarc.report.layout.Palette;
import org.demarc.report.layout.SignatureBox;
import org.demarc.report.layout.Styles;
import org.demarc.report.layout.Table;
import org.demarc.report.layout.Table.Cell;

/**
 * The sign-off page: signatories with their statements and dates, the content fingerprint of the
 * assessment signed, and the box where a digital signature shows.
 */
public final class SignOffSection implements Section {
    private static final DateTimeFormatter LOCKED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Override
    public void render(ReportContext ctx) {
        Headings.section(ctx, text("report.signoff.title"));
        Flow flow = ctx.flow();
        SignOff s = ctx.assessment().signOff();
        if (s == null) {
            flow.paragraph(text("report.signoff.draft"), Styles.BODY_BOLD.withColor(Palette.DRAFT));
            flow.down(6);
        } else {
            if (ctx.signOffVoid()) {
                flow.paragraph(text("report.signoff.void"), Styles.BODY_BOLD.withColor(Palette.DRAFT));
                flow.down(6);
            }
            flow.paragraph(text("report.signoff.lead", LOCKED.format(s.lockedAt())), Styles.BODY);
            flow.down(6);
            Table t = new Table(new float[] {1.4f, 1.1f, 1.3f, 1.0f, 2.5f}, List.of(
                    Cell.head(text("report.signoff.name")), Cell.head(text("report.signoff.role")),
                    Cell.head(text("report.signoff.organisation")), Cell.head(text("report.signoff.date")),
                    Cell.head(text("report.signoff.statement"))));
            for (Signatory p : s.signatories()) {
                t.row(Cell.of(p.name(), Styles.SMALL_BOLD), Cell.of(orDash(p.role())), Cell.of(orDash(p.organisation())),
                        Cell.of(date(p.date())), Cell.of(orDash(p.statement())));
            }
            t.draw(flow);
            if (!ctx.projectSignature().isEmpty()) {
                // Who vouches for the content with a key, as the project file's signature says.
                flow.down(4);
                flow.paragraph(text("report.signoff.projectSignature", ctx.projectSignature()),
                        ctx.projectSignatureHolds() ? Styles.BODY : Styles.BODY_BOLD.withColor(Palette.DRAFT));
            }
        }
        flow.down(4);
        Headings.minor(ctx, text("report.signoff.fingerprint"));
        flow.paragraph(text("report.signoff.fingerprint.lead"), Styles.SMALL);
        flow.down(3);
        flow.paragraph(ctx.fingerprint(), Styles.MONO.withSize(9.5f));
        if (s != null && !s.fingerprint().equals(ctx.fingerprint())) {
            flow.down(3);
            flow.paragraph(text("report.signoff.mismatch", s.fingerprint()), Styles.SMALL_BOLD.withColor(Palette.DRAFT));
        }
        flow.down(6);
        flow.paragraph(text("report.signoff.verify"), Styles.SMALL_MUTED);
        flow.down(10);

        Headings.minor(ctx, text("report.signoff.digital"));
        flow.ensure(SignatureBox.HEIGHT + 10);
        float top = flow.y();
        PDRectangle rect = new PDRectangle(Flow.MARGIN_X, top - SignatureBox.HEIGHT, SignatureBox.WIDTH,
                SignatureBox.HEIGHT);
        flow.rule(rect.getLowerLeftX(), rect.getLowerLeftY(), rect.getUpperRightX(), rect.getLowerLeftY(),
                Palette.RULE, 0.7f);
        flow.rule(rect.getLowerLeftX(), rect.getUpperRightY(), rect.getUpperRightX(), rect.getUpperRightY(),
                Palette.RULE, 0.7f);
        flow.rule(rect.getLowerLeftX(), rect.getLowerLeftY(), rect.getLowerLeftX(), rect.getUpperRightY(),
                Palette.RULE, 0.7f);
        flow.rule(rect.getUpperRightX(), rect.getLowerLeftY(), rect.getUpperRightX(), rect.getUpperRightY(),
                Palette.RULE, 0.7f);
        SignatureBox.place(flow, rect, text("report.signoff.digital"));
        flow.paragraph(text("report.signoff.digital.note"), Styles.SMALL_MUTED, Flow.MARGIN_X + SignatureBox.WIDTH + 12,
                Flow.WIDTH - SignatureBox.WIDTH - 12);
        flow.moveTo(Math.min(flow.y(), top - SignatureBox.HEIGHT - 6));
    }
}
