package org.demarc.ui.wizard.start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.demarc.catalog.BuiltInCatalogs;
import org.demarc.model.Catalog;
import org.demarc.ui.common.I18n;

/**
 * One entry of the New assessment step's catalog list: a built-in catalog (parsed when first
 * used), several built-in ones combined, or a catalog file read and validated this session.
 */
public record CatalogChoice(String label, Path file, Supplier<Catalog> catalog) {
    static CatalogChoice builtIn(BuiltInCatalogs.Entry entry) {
        return new CatalogChoice(entry.displayName(), null, entry::load);
    }

    /**
     * Several built-in providers in one assessment (a workload on more than one cloud): their
     * catalogs combined, each service keeping its own provider's line.
     */
    static CatalogChoice combined(List<BuiltInCatalogs.Entry> entries) {
        String names = entries.stream().map(BuiltInCatalogs.Entry::displayName).collect(Collectors.joining(" + "));
        return new CatalogChoice(I18n.t("start.catalog.combined", names), null,
                () -> Catalog.combine(entries.stream().map(BuiltInCatalogs.Entry::load).toList()));
    }

    /** Every pair of the built-in providers, then all of them together when there are more than two. */
    static List<CatalogChoice> combinations(List<BuiltInCatalogs.Entry> entries) {
        List<CatalogChoice> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                out.add(combined(List.of(entries.get(i), entries.get(j))));
            }
        }
        if (entries.size() > 2) {
            out.add(combined(entries));
        }
        return out;
    }

    static CatalogChoice file(Path file, Catalog read) {
        return new CatalogChoice(I18n.t("start.catalog.fileEntry", read.name(), read.version(), file.getFileName()),
                file, () -> read);
    }

    @Override
    public String toString() {
        return label;
    }
}
