package org.demarc.cli;

import java.io.PrintWriter;

import org.demarc.model.Catalog;
import org.demarc.model.CategoryProfile;
import org.demarc.model.Messages;
import org.demarc.model.Service;
import org.demarc.model.ServiceOverride;
import org.demarc.model.Source;

/**
 * {@code catalog list --sources}: one line per category and per override with the page it rests
 * on, so a reviewer can check every departure from a category default against AWS's own words.
 */
final class SourceRows {
    private SourceRows() {
    }

    static void print(Catalog catalog, PrintWriter out) {
        for (CategoryProfile p : catalog.categories()) {
            out.println(FileLoading.row(concat(new String[] {p.category().name(), "", ""}, p.source())));
        }
        for (Service s : catalog.services()) {
            for (ServiceOverride o : s.overrides()) {
                out.println(FileLoading.row(concat(
                        new String[] {s.id(), o.controlId(), o.responsibility().name()}, o.source())));
            }
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
