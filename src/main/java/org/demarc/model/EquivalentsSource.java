package org.demarc.model;

import java.util.Objects;

/**
 * The provider's page a catalog's equivalents on one other provider rest on: Microsoft's "AWS to
 * Azure services comparison" for the Azure catalog's {@code aws.} equivalents, for example.
 */
public record EquivalentsSource(String providerId, Source source) {
    public EquivalentsSource {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(source, "source");
    }
}
