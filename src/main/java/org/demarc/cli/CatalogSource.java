package org.demarc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.demarc.catalog.BuiltInCatalog;
import org.demarc.catalog.BuiltInCatalogs;
import org.demarc.catalog.CatalogReader;
import org.demarc.io.Loaded;
import org.demarc.model.Catalog;
import org.demarc.project.ProjectReader;

/**
 * Where a command takes a catalog from: the built-in AWS catalog when nothing is given, a
 * built-in catalog by name, a catalog file, or the catalog snapshot embedded in a project file.
 * Warnings go to {@code err}.
 */
final class CatalogSource {
    private CatalogSource() {
    }

    static Catalog load(CatalogRef ref, PrintWriter err) {
        if (ref != null && ref.builtIn() != null) {
            return BuiltInCatalogs.named(ref.builtIn()).orElseThrow().load();
        }
        return load(ref == null ? null : ref.file(), err);
    }

    static Catalog load(Path file, PrintWriter err) {
        if (file == null) {
            return BuiltInCatalog.load();
        }
        Loaded<Catalog> loaded = FileStep.on(file, () -> {
            byte[] bytes = DocumentKind.read(file);
            return DocumentKind.of(bytes) == DocumentKind.CATALOG
                    ? new CatalogReader().read(bytes)
                    : snapshotOf(new ProjectReader().read(bytes));
        });
        FileLoading.warnings(err, file, loaded.warnings());
        return loaded.value();
    }

    /**
     * Refuses a project's combination of several providers' catalogs where a command works on one
     * catalog; {@code command} is what it would do, as the message names it.
     */
    static Catalog single(Catalog catalog, Path file, String command) {
        if (catalog.isCombined()) {
            throw FileFailure.refused(file, ExitCodes.INVALID_INPUT, "cli.catalog.multiProvider", command,
                    catalog.parts().size(), String.join(", ", catalog.providers().stream()
                            .map(org.demarc.model.Provider::name).toList()));
        }
        return catalog;
    }

    private static Loaded<Catalog> snapshotOf(Loaded<org.demarc.model.Assessment> project) {
        return new Loaded<>(project.value().catalog(), project.warnings());
    }
}
