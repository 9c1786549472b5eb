package org.demarc.report.sections;

import static org.demarc.report.sections.ReportContext.text;

import java.util.List;

import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.model.Catalog;
import org.demarc.model.CategoryProfile;
import org.demarc.model.ResponsibilityMatrix;
import org.demarc.model.Service;
import org.demarc.model.ServiceOverride;
import org.demarc.model.ServiceVariant;
import org.demarc.model.Source;
import org.demarc.report.layout.Styles;
import org.demarc.report.layout.Table;
import org.demarc.report.layout.Table.Cell;

/**
 * The appendix's list of the pages the matrix rests on: each category's defining page, then every
 * override that decides a cell of a service in scope (its variant's first) with its page, so a reader can check a departure from the
 * category default against the provider's own words.
 */
final class SourcesTable {
    private SourcesTable() {
    }

    static void render(ReportContext ctx) {
        Catalog catalog = ctx.assessment().catalog();
        List<Service> scope = ctx.analysis().matrix().services();
        Headings.subsection(ctx, text("report.appendix.sources"), true);
        ctx.flow().paragraph(text("report.appendix.sources.lead", catalog.provider().name()), Styles.BODY);
        ctx.flow().down(4);
        Table t = new Table(new float[] {1.3f, 0.7f, 0.8f, 3.2f}, List.of(Cell.head(text("report.scope.service")),
                Cell.head(text("report.appendix.control")), Cell.head(text("report.appendix.sources.cell")),
                Cell.head(text("report.appendix.sources.page"))));
        for (Catalog part : catalog.parts()) {
            for (CategoryProfile p : part.categories()) {
                // A combination names each provider's category: each defines its own.
                String name = catalog.isCombined() ? text("report.appendix.sources.providerCategory",
                        part.provider().name(), p.name()) : p.name();
                t.row(Cell.of(name), Cell.of("\u2013"), Cell.of(text("report.appendix.sources.default")),
                        Cell.of(page(p.source())));
            }
        }
        ResponsibilityMatrix m = ctx.analysis().matrix();
        for (Service s : scope) {
            // The override that decides each cell: the variant's where it has one, else the service's.
            ServiceVariant variant = m.variant(s.id()).orElse(null);
            for (ServiceOverride o : ResponsibilityEngine.decidingOverrides(s, variant)) {
                t.row(Cell.of(m.serviceLabel(s)), Cell.of(o.controlId()), Cell.of(m.cell(o.controlId(), s.id()).label()),
                        Cell.of(page(o.source())));
            }
        }
        t.draw(ctx.flow());
        ctx.flow().down(4);
    }

    private static String page(Source s) {
        return s == null ? text("report.appendix.sources.none")
                : text("report.appendix.sources.value", s.title(), s.url(), s.checked().toString());
    }
}
