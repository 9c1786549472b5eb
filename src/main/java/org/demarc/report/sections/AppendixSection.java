package org.demarc.report.sections;

import static org.demarc.report.sections.ReportContext.text;

import java.util.ArrayList;
import java.util.List;

import org.demarc.catalog.diff.ResponsibilityChange;
import org.demarc.model.Attendee;
import org.demarc.model.Catalog;
import org.demarc.model.Control;
import org.demarc.model.Framework;
import org.demarc.report.layout.Flow;
import org.demarc.report.layout.Styles;
import org.demarc.report.layout.Table;
import org.demarc.report.layout.Table.Cell;

/** The appendix: method, catalog version, and the framework mappings of every control in the report. */
public final class AppendixSection implements Section {
    @Override
    public void render(ReportContext ctx) {
        Headings.section(ctx, text("report.appendix.title"));
        Flow flow = ctx.flow();
        Catalog c = ctx.assessment().catalog();
        Headings.subsection(ctx, text("report.appendix.method"), true);
        for (String key : List.of("report.appendix.method.1", "report.appendix.method.2", "report.appendix.method.3",
                "report.appendix.method.4")) {
            flow.paragraph(text(key), Styles.BODY);
            flow.down(4);
        }
        attendees(ctx);
        Headings.subsection(ctx, text("report.appendix.catalog"), true);
        if (c.isCombined()) {
            flow.paragraph(text("report.appendix.catalog.combined", c.parts().size()), Styles.BODY);
            flow.down(4);
        }
        for (Catalog part : c.parts()) {
            flow.paragraph(text("report.appendix.catalog.value", part.name(), part.id(), part.version(),
                    part.provider().name(), part.services().size(), part.controls().size()), Styles.BODY);
            if (!part.attribution().isEmpty()) {
                // Licences such as CC BY ask for the credit wherever the adapted material is shown.
                flow.paragraph(text("report.appendix.catalog.attribution", part.attribution()), Styles.BODY);
            }
            if (c.isCombined()) {
                flow.paragraph(text("report.appendix.catalog.partFingerprint",
                        org.demarc.catalog.CatalogFingerprint.of(part)), Styles.BODY);
                flow.down(4);
            }
        }
        flow.paragraph(text("report.appendix.catalog.fingerprint", ctx.catalogFingerprint()), Styles.BODY);
        flow.down(4);
        if (ctx.notBuiltIn() != null) {
            differingCells(ctx);
        }
        SourcesTable.render(ctx);
        ScansAppendix.render(ctx);

        Headings.subsection(ctx, text("report.appendix.mappings"), true);
        List<Cell> header = new ArrayList<>();
        header.add(Cell.head(text("report.appendix.control")));
        for (Framework f : Framework.values()) {
            header.add(Cell.head(f.title()));
        }
        Table t = new Table(new float[] {2f, 1.4f, 1.4f, 1.4f}, header);
        for (Control control : ctx.analysis().workList()) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(control.id() + "\n" + control.title()));
            for (Framework f : Framework.values()) {
                List<String> ids = control.mappingsFor(f);
                row.add(Cell.of(ids.isEmpty() ? "\u2013" : String.join(", ", ids)));
            }
            t.row(row);
        }
        t.draw(flow);
    }

    /** Who took part for the client; the findings say which of them confirmed each answer. */
    private static void attendees(ReportContext ctx) {
        List<Attendee> people = ctx.assessment().engagement().attendees().stream()
                .filter(x -> !x.name().isBlank()).toList();
        if (people.isEmpty()) {
            return;
        }
        Headings.minor(ctx, text("report.appendix.attendees"));
        ctx.flow().paragraph(text("report.appendix.attendees.lead"), Styles.BODY);
        ctx.flow().down(4);
        Table t = new Table(new float[] {1.6f, 1.6f, 1.6f}, List.of(Cell.head(text("report.appendix.attendees.name")),
                Cell.head(text("report.appendix.attendees.role")),
                Cell.head(text("report.appendix.attendees.organisation"))));
        for (Attendee x : people) {
            t.row(Cell.of(x.name()), Cell.of(ReportContext.orDash(x.role())), Cell.of(ReportContext.orDash(x.organisation())));
        }
        t.draw(ctx.flow());
        ctx.flow().down(4);
    }

    /** Every cell where the embedded catalog departs from the built-in one it claims to be. */
    private static void differingCells(ReportContext ctx) {
        var cmp = ctx.notBuiltIn();
        Headings.subsection(ctx, text("report.appendix.notBuiltIn"), true);
        ctx.flow().paragraph(text("report.scope.notBuiltIn", cmp.builtIn().name(), cmp.builtIn().version(),
                cmp.cells().size()), Styles.BODY);
        ctx.flow().down(4);
        if (cmp.cells().isEmpty()) {
            return;
        }
        Table t = new Table(new float[] {1.2f, 1.6f, 1.2f, 1.2f}, List.of(Cell.head(text("report.appendix.control")),
                Cell.head(text("report.scope.service")), Cell.head(text("report.appendix.notBuiltIn.builtIn")),
                Cell.head(text("report.appendix.notBuiltIn.here"))));
        for (ResponsibilityChange c : cmp.cells()) {
            t.row(Cell.of(c.controlId()), Cell.of(c.serviceId()),
                    Cell.of(text("responsibility." + c.before().responsibility().name())),
                    Cell.of(text("responsibility." + c.after().responsibility().name())));
        }
        t.draw(ctx.flow());
    }
}
