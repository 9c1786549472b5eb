package org.demarc.ui.wizard.start;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.demarc.catalog.BuiltInCatalogs;
import org.demarc.model.Catalog;
import org.demarc.ui.common.I18n;

/**
 * One entry of the New assessment step's catalog list: a built-in catalog (parsed when first
 * used), or a catalog file read and validated this session.
 */
public record CatalogChoice(String label, Path file, Supplier<Catalog> catalog) {
    static CatalogChoice builtIn(BuiltInCatalogs.Entry entry) {
        return new CatalogChoice(entry.displayName(), null, entry::load);
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
