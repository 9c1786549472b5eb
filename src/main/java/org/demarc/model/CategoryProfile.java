package org.demarc.model;

import java.util.Objects;

/**
 * What a service category leaves to the customer, in the catalog's plain words, and the provider's
 * page that defines the category ({@code null} when the catalog names none).
 */
public record CategoryProfile(Category category, String name, String customerKeeps, Source source) {
    public CategoryProfile {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(customerKeeps, "customerKeeps");
    }

    public CategoryProfile(Category category, String name, String customerKeeps) {
        this(category, name, customerKeeps, null);
    }
}
