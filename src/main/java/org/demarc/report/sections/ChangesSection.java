package org.demarc.report.sections;

import static org.demarc.report.sections.ReportContext.text;

import org.demarc.report.layout.Styles;

/** Changes since the previous assessment, when the report is made with one to compare against. */
public final class ChangesSection implements Section {
    private final PreviousChanges changes;

    public ChangesSection(PreviousChanges changes) {
        this.changes = changes;
    }

    @Override
    public void render(ReportContext ctx) {
        Headings.section(ctx, text("report.changes.title"));
        ctx.flow().paragraph(changes.summary(), Styles.BODY);
        ctx.flow().down(4);
        if (changes.groups().isEmpty()) {
            ctx.flow().paragraph(text("report.changes.none"), Styles.BODY);
            return;
        }
        for (PreviousChanges.Group g : changes.groups()) {
            ctx.checkpoint();
            Headings.minor(ctx, g.heading());
            for (String line : g.lines()) {
                ctx.flow().paragraph("• " + line, Styles.BODY);
            }
        }
    }
}
