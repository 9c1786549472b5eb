package org.demarc.catalog.diff;

import java.util.Objects;

import org.demarc.model.Service;
import org.demarc.model.ServiceVariant;

/** A deployment variant with the service it belongs to, as a diff lists it. */
public record VariantOf(Service service, ServiceVariant variant) {
    public VariantOf {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(variant, "variant");
    }
}
