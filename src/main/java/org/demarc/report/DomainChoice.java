package org.demarc.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.demarc.model.Catalog;
import org.demarc.model.Domain;

/**
 * Domains as a person names them ("identity", "Logging and monitoring", "IAM,LOG" split by the
 * caller), resolved against a catalog: by id or name, ignoring case, in the catalog's order.
 */
public final class DomainChoice {
    /** The domain ids found, in catalog order, and the names that match no domain, as typed. */
    public record Result(List<String> ids, List<String> unknown) {
    }

    private DomainChoice() {
    }

    public static Result resolve(Catalog catalog, List<String> typed) {
        Set<String> found = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String t : typed) {
            String name = t.strip();
            if (name.isEmpty()) {
                continue;
            }
            Optional<Domain> d = catalog.domains().stream()
                    .filter(x -> x.id().equalsIgnoreCase(name) || x.name().toLowerCase(Locale.ROOT)
                            .equals(name.toLowerCase(Locale.ROOT)))
                    .findFirst();
            d.ifPresentOrElse(x -> found.add(x.id()), () -> unknown.add(name));
        }
        List<String> ordered = catalog.domains().stream().map(Domain::id).filter(found::contains).toList();
        return new Result(ordered, List.copyOf(unknown));
    }

    /** Every domain id of the catalog, as a list for a message ("the domains are: …"). */
    public static String known(Catalog catalog) {
        return String.join(", ", catalog.domains().stream().map(Domain::id).toList());
    }
}
