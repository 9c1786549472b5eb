package org.demarc.catalog.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.demarc.model.Catalog;
import org.demarc.model.Provider;

/**
 * One provider's part of two catalogs that combine several providers: its catalog in each (empty
 * on the side that lacks the provider) and, when both have it, what changes between the two.
 * Comparing the combinations whole would match the providers' services with each other's.
 */
public record ProviderPartDiff(Provider provider, Optional<Catalog> from, Optional<Catalog> to,
                               Optional<CatalogDiff> diff) {

    /** Part by part, matched by provider: the old catalog's providers in its order, then the providers only the new one has. */
    public static List<ProviderPartDiff> between(Catalog from, Catalog to) {
        List<Provider> providers = new ArrayList<>(from.providers());
        to.providers().stream().filter(p -> part(from, p).isEmpty()).forEach(providers::add);
        List<ProviderPartDiff> out = new ArrayList<>();
        for (Provider p : providers) {
            Optional<Catalog> before = part(from, p);
            Optional<Catalog> after = part(to, p);
            Optional<CatalogDiff> diff = before.isPresent() && after.isPresent()
                    ? Optional.of(CatalogDiff.between(before.get(), after.get())) : Optional.empty();
            out.add(new ProviderPartDiff(p, before, after, diff));
        }
        return out;
    }

    /** The part of the catalog for that provider, matched by the provider's id. */
    private static Optional<Catalog> part(Catalog catalog, Provider provider) {
        return catalog.parts().stream().filter(c -> c.provider().id().equals(provider.id())).findFirst();
    }
}
