package org.demarc.report.sections;

import static org.demarc.report.sections.ReportContext.text;

import java.util.List;

import org.demarc.model.Category;
import org.demarc.model.CategoryProfile;
import org.demarc.model.Control;
import org.demarc.model.Responsibility;
import org.demarc.model.ResponsibilityMatrix;
import org.demarc.model.Service;
import org.demarc.report.layout.Flow;
import org.demarc.report.layout.Styles;
import org.demarc.report.layout.Table;
import org.demarc.report.layout.Table.Cell;

/** The services in scope with their category, and what the customer keeps for each. */
public final class ScopeSection implements Section {
    @Override
    public void render(ReportContext ctx) {
        Headings.section(ctx, text("report.scope.title"));
        Flow flow = ctx.flow();
        if (ctx.notBuiltIn() != null) {
            // Stakeholders read this page to learn who does what: a changed catalog must not pass unseen.
            flow.paragraph(text("report.scope.notBuiltIn", ctx.notBuiltIn().builtIn().name(),
                    ctx.notBuiltIn().builtIn().version(), ctx.notBuiltIn().cells().size()),
                    Styles.BODY_BOLD.withColor(org.demarc.report.layout.Palette.DRAFT));
            flow.down(6);
        }
        if (!ctx.assessment().engagement().scopeStatement().isBlank()) {
            flow.paragraph(ctx.assessment().engagement().scopeStatement(), Styles.BODY);
            flow.down(6);
        }
        if (ctx.services().isEmpty()) {
            flow.paragraph(text("report.scope.empty"), Styles.BODY);
            return;
        }
        org.demarc.model.Catalog catalog = ctx.assessment().catalog();
        for (org.demarc.model.Catalog part : catalog.parts()) {
            List<Service> services = ctx.services().stream().filter(s -> catalog.partFor(s.id()) == part).toList();
            if (services.isEmpty()) {
                continue;
            }
            if (catalog.isCombined()) {
                // One workload on several clouds: each provider draws its own line, so each gets its part.
                Headings.subsection(ctx, text("report.scope.provider", part.provider().name()), false);
            }
            categories(ctx, part, services);
            servicesTable(ctx, services);
        }
    }

    private static void categories(ReportContext ctx, org.demarc.model.Catalog part, List<Service> services) {
        for (Category c : Category.values()) {
            if (services.stream().noneMatch(s -> s.category() == c)) {
                continue;
            }
            Headings.minor(ctx, part.profile(c).map(CategoryProfile::name).orElse(SummarySection.categoryName(ctx, c)));
            part.profile(c).map(CategoryProfile::customerKeeps)
                    .ifPresent(keeps -> ctx.flow().paragraph(text("report.scope.keeps", keeps), Styles.BODY));
            ctx.flow().down(4);
        }
    }

    private static void servicesTable(ReportContext ctx, List<Service> services) {
        Headings.minor(ctx, text("report.scope.services"));
        ResponsibilityMatrix m = ctx.analysis().matrix();
        Table table = new Table(new float[] {2.2f, 1.3f, 3.5f}, List.of(Cell.head(text("report.scope.service")),
                Cell.head(text("report.scope.category")), Cell.head(text("report.scope.customerKeeps"))));
        for (Service s : services) {
            table.row(Cell.of(m.serviceLabel(s) + "\n" + s.id(), Styles.SMALL), Cell.of(SummarySection.categoryName(ctx,
                    s.category())), Cell.of(keeps(m, s)));
        }
        table.draw(ctx.flow());
    }

    /** The controls the customer holds alone or shares for one service, by id. */
    private static String keeps(ResponsibilityMatrix m, Service s) {
        StringBuilder customer = new StringBuilder();
        StringBuilder shared = new StringBuilder();
        for (Control c : m.controls()) {
            Responsibility r = m.cell(c.id(), s.id()).responsibility();
            StringBuilder target = r == Responsibility.CUSTOMER ? customer : r == Responsibility.SHARED ? shared : null;
            if (target != null) {
                target.append(target.isEmpty() ? "" : ", ").append(c.id());
            }
        }
        return text("report.scope.keeps.customer", customer.isEmpty() ? "\u2013" : customer)
                + "\n" + text("report.scope.keeps.shared", shared.isEmpty() ? "\u2013" : shared);
    }
}
