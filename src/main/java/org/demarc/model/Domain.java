package org.demarc.model;

import java.util.Objects;

/** A control domain (a chapter of the catalog, such as "Patch management"). */
public record Domain(String id, String name, String description) {
    public Domain {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
