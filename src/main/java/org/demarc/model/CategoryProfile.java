package org.demarc.model;

import java.util.Objects;

/** What a service category leaves to the customer, in the catalog's plain words. */
public record CategoryProfile(Category category, String name, String customerKeeps) {
    public CategoryProfile {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(customerKeeps, "customerKeeps");
    }
}
