package org.demarc.catalog.compare;

import java.util.List;
import java.util.Objects;

import org.demarc.model.Catalog;
import org.demarc.model.Service;
import org.demarc.model.Source;

/**
 * A service of one built-in catalog compared with the service asked about, and the comparison
 * pages that pair them (none for the service asked about itself; one or two for an equivalent,
 * as either provider's page may name the pairing).
 */
public record Equivalent(Catalog catalog, Service service, List<Source> pairedBy) {
    public Equivalent {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(service, "service");
        pairedBy = List.copyOf(pairedBy);
    }

    public String providerName() {
        return catalog.provider().name();
    }
}
