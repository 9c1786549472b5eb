package org.demarc.cli;

import java.io.PrintWriter;
import java.util.List;

import org.demarc.model.Catalog;
import org.demarc.model.CategoryProfile;
import org.demarc.model.Messages;
import org.demarc.model.Service;
import org.demarc.model.ServiceOverride;
import org.demarc.model.ServiceVariant;
import org.demarc.model.Source;

/**
 * {@code catalog list --sources}: one line per category and per override (a service's, then its
 * variants', the service column naming the variant) with the page it rests on, so a reviewer can check every departure from a category default against AWS's own words.
 */
final class SourceRows {
    private SourceRows() {
    }

    static void print(Catalog catalog, PrintWriter out) {
        for (CategoryProfile p : catalog.categories()) {
            out.println(FileLoading.row(concat(new String[] {p.category().name(), "", ""}, p.source())));
        }
        for (Service s : catalog.services()) {
            overrides(s.id(), s.overrides(), out);
            for (ServiceVariant v : s.variants()) {
                overrides(Messages.get("cli.catalog.list.variantService", s.id(), v.name()), v.overrides(), out);
            }
        }
    }

    /** One row per override; {@code owner} is the service id, or the service and variant for a variant's. */
    private static void overrides(String owner, List<ServiceOverride> overrides, PrintWriter out) {
        for (ServiceOverride o : overrides) {
            out.println(FileLoading.row(concat(new String[] {owner, o.controlId(), o.responsibility().name()},
                    o.source())));
        }
    }

    private static String[] concat(String[] head, Source source) {
        String[] row = java.util.Arrays.copyOf(head, head.length + 3);
        if (source == null) {
            row[head.length] = Messages.get("cli.catalog.list.noSource");
            row[head.length + 1] = "";
            row[head.length + 2] = "";
        } else {
            row[head.length] = source.title();
            row[head.length + 1] = source.url();
            row[head.length + 2] = source.checked().toString();
        }
        return row;
    }
}
