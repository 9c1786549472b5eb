package org.demarc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.demarc.catalog.BuiltInCatalogs;
import org.demarc.model.Catalog;
import org.demarc.model.CatalogCombinationException;
import org.demarc.model.Provider;

/**
 * The catalog {@code catalog migrate} moves a project to. A single-provider project moves to the
 * one catalog given (the built-in AWS catalog when none is). A project combining several
 * providers keeps its parts and has each catalog given replace the part of that catalog's
 * provider; with none given, every part moves to its provider's built-in catalog. A catalog of a
 * provider the project does not have, two catalogs for one provider, or parts that cannot share
 * one assessment any more are refused, naming the catalog.
 */
final class MigrationTarget {
    private MigrationTarget() {
    }

    static Catalog of(Catalog current, List<CatalogRef> refs, Path projectFile, PrintWriter err) {
        if (!current.isCombined()) {
            if (refs.size() > 1) {
                throw FileFailure.refused(projectFile, ExitCodes.INVALID_INPUT, "cli.catalog.migrate.oneTarget",
                        refs.size(), current.provider().name());
            }
            CatalogRef ref = refs.isEmpty() ? null : refs.get(0);
            return CatalogSource.single(CatalogSource.load(ref, err), ref == null ? null : ref.fileOrNull(),
                    "catalog migrate");
        }
        Map<String, Catalog> parts = new LinkedHashMap<>();
        current.parts().forEach(part -> parts.put(part.provider().id(), part));
        Map<String, String> replacedBy = new LinkedHashMap<>();
        for (Map.Entry<CatalogRef, Catalog> given : given(current, refs, projectFile, err)) {
            for (Catalog part : given.getValue().parts()) {
                replace(parts, replacedBy, part, given.getKey(), current, projectFile);
            }
        }
        try {
            return Catalog.combine(new ArrayList<>(parts.values()));
        } catch (CatalogCombinationException e) {
            throw FileFailure.refused(projectFile, ExitCodes.INVALID_INPUT, "cli.catalog.migrate.cannotCombine",
                    e.getMessage());
        }
    }

    /** The catalogs typed, or each part's provider's built-in catalog when none is. */
    private static List<Map.Entry<CatalogRef, Catalog>> given(Catalog current, List<CatalogRef> refs,
                                                              Path projectFile, PrintWriter err) {
        List<Map.Entry<CatalogRef, Catalog>> out = new ArrayList<>();
        if (!refs.isEmpty()) {
            refs.forEach(ref -> out.add(Map.entry(ref, CatalogSource.load(ref, err))));
            return out;
        }
        for (Provider p : current.providers()) {
            BuiltInCatalogs.Entry builtIn = BuiltInCatalogs.named(p.id()).orElseThrow(() -> FileFailure.refused(
                    projectFile, ExitCodes.INVALID_INPUT, "cli.catalog.migrate.noBuiltIn", p.name(),
                    BuiltInCatalogs.names()));
            out.add(Map.entry(new CatalogRef(builtIn.name(), null), builtIn.load()));
        }
        return out;
    }

    private static void replace(Map<String, Catalog> parts, Map<String, String> replacedBy, Catalog part,
                                CatalogRef ref, Catalog current, Path projectFile) {
        Path where = ref.fileOrNull() == null ? projectFile : ref.fileOrNull();
        String provider = part.provider().id();
        if (!parts.containsKey(provider)) {
            throw FileFailure.refused(where, ExitCodes.INVALID_INPUT, "cli.catalog.migrate.providerNotInProject",
                    FileLoading.shown(ref.text()), part.provider().name(), String.join(", ",
                            current.providers().stream().map(Provider::name).toList()));
        }
        String earlier = replacedBy.putIfAbsent(provider, ref.text());
        if (earlier != null) {
            throw FileFailure.refused(where, ExitCodes.INVALID_INPUT, "cli.catalog.migrate.twoForProvider",
                    FileLoading.shown(earlier), FileLoading.shown(ref.text()), part.provider().name());
        }
        parts.put(provider, part);
    }
}
