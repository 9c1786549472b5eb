package org.demarc.model;

/**
 * Catalogs that cannot be combined into one assessment: two for the same provider, a service id
 * both have, or controls and domains they share that do not agree. The message says which and why.
 */
public final class CatalogCombinationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public CatalogCombinationException(String message) {
        super(message);
    }
}
