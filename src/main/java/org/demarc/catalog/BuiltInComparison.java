package org.demarc.catalog;

import java.util.List;

import org.demarc.catalog.diff.CatalogDiff;
import org.demarc.catalog.diff.ResponsibilityChange;
import org.demarc.io.Problem;
import org.demarc.model.Catalog;

/**
 * An embedded catalog that claims the id and version of a built-in one (aws, azure, gcp) must be it. A project
 * embeds its catalog so old files keep their meaning, which also lets a careless or hostile edit
 * flip a cell (IAM permissions to the provider) under a trusted name; this finds such a catalog
 * and the cells it changed.
 */
public record BuiltInComparison(Catalog builtIn, CatalogDiff diff) {
    /** Lines of the warning list at most; the report and {@code catalog diff} list every cell. */
    static final int MAX_LISTED = 20;

    /** The comparison, or null when the catalog does not claim to be the built-in one or is identical to it. */
    public static BuiltInComparison of(Catalog catalog) {
        Catalog builtIn = BuiltInCatalogs.withIdOf(catalog).orElse(null);
        if (builtIn == null || catalog == builtIn || !builtIn.version().equals(catalog.version())) {
            return null;
        }
        // Equivalents never change a cell, and the comparison view reads them from the built-in
        // catalogs: a project that embedded the catalog before they were added is still the built-in one.
        Catalog without = withoutEquivalents(catalog);
        if (CatalogFingerprint.of(without).equals(CatalogFingerprint.of(withoutEquivalents(builtIn)))) {
            return null;
        }
        return new BuiltInComparison(builtIn, CatalogDiff.between(builtIn, catalog));
    }

    private static Catalog withoutEquivalents(Catalog catalog) {
        return catalog.withServices(catalog.services().stream().map(s -> s.withEquivalents(List.of())).toList())
                .withEquivalentsSources(List.of());
    }

    public List<ResponsibilityChange> cells() {
        return diff.responsibilityChanges();
    }

    /** Warnings for the open-warnings path: a summary, then the first changed cells. */
    public List<Problem> warnings(String pointer) {
        java.util.ArrayList<Problem> out = new java.util.ArrayList<>();
        out.add(Problem.warning(pointer, "catalog.notBuiltIn", builtIn.name(), builtIn.version(), cells().size(),
                diff.servicesAdded().size() + diff.servicesRemoved().size() + diff.servicesChanged().size()
                        + diff.controlsAdded().size() + diff.controlsRemoved().size() + diff.controlsChanged().size()));
        for (ResponsibilityChange c : cells().subList(0, Math.min(MAX_LISTED, cells().size()))) {
            out.add(Problem.warning(pointer, "catalog.notBuiltIn.cell", c.controlId(), c.serviceId(),
                    c.before().responsibility().name(), c.after().responsibility().name()));
        }
        return out;
    }
}
