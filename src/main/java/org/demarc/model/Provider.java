package org.demarc.model;

import java.util.Objects;

/** The cloud provider a catalog describes. */
public record Provider(String id, String name) {
    public Provider {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
