package org.demarc.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules that let provider catalogs share one assessment. Every control is asked once, so the
 * parts must agree on what a control is: the same control ids, and for each the same title,
 * domain, class, weight and framework mappings (the provider-neutral fields; wording, defaults and
 * services are each provider's own). Each service belongs to one provider, so no id may repeat.
 */
final class CatalogCombination {
    private CatalogCombination() {
    }

    static void check(List<Catalog> parts) {
        Map<String, Catalog> providers = new HashMap<>();
        Map<String, Catalog> services = new HashMap<>();
        Catalog first = parts.get(0);
        for (Catalog part : parts) {
            Catalog sameProvider = providers.putIfAbsent(part.provider().id(), part);
            if (sameProvider != null) {
                throw refused("catalog.combine.sameProvider", sameProvider.name(), part.name(), part.provider().name());
            }
            for (Service s : part.services()) {
                Catalog other = services.putIfAbsent(s.id(), part);
                if (other != null) {
                    throw refused("catalog.combine.sharedService", s.id(), other.name(), part.name());
                }
            }
            if (part != first) {
                checkControls(first, part);
                checkDomains(first, part);
            }
        }
    }

    private static void checkControls(Catalog first, Catalog part) {
        for (Control c : first.controls()) {
            Control other = part.control(c.id()).orElseThrow(
                    () -> refused("catalog.combine.missingControl", c.id(), first.name(), part.name()));
            String field = differingField(c, other);
            if (field != null) {
                throw refused("catalog.combine.controlDiffers", c.id(), field, first.name(), part.name());
            }
        }
        for (Control c : part.controls()) {
            if (first.control(c.id()).isEmpty()) {
                throw refused("catalog.combine.missingControl", c.id(), part.name(), first.name());
            }
        }
    }

    /** The first provider-neutral field on which the two differ, as the catalog file names it; null when none. */
    private static String differingField(Control a, Control b) {
        if (!a.title().equals(b.title())) {
            return "title";
        }
        if (!a.domainId().equals(b.domainId())) {
            return "domain";
        }
        if (a.controlClass() != b.controlClass()) {
            return "class";
        }
        if (a.weight() != b.weight()) {
            return "weight";
        }
        return a.mappings().equals(b.mappings()) ? null : "mappings";
    }

    private static void checkDomains(Catalog first, Catalog part) {
        List<String> a = first.domains().stream().map(d -> d.id() + "\t" + d.name()).toList();
        List<String> b = part.domains().stream().map(d -> d.id() + "\t" + d.name()).toList();
        if (!Objects.equals(a, b)) {
            throw refused("catalog.combine.domainsDiffer", first.name(), part.name());
        }
    }

    private static CatalogCombinationException refused(String key, Object... args) {
        return new CatalogCombinationException(Messages.get(key, args));
    }
}
