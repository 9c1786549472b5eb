package org.demarc.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A cloud service of the catalog, with the overrides where it departs from its category. */
public record Service(String id, String name, String group, Category category, String description,
                      List<ServiceOverride> overrides) {
    public Service {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(description, "description");
        overrides = List.copyOf(overrides);
    }

    public Optional<ServiceOverride> overrideFor(String controlId) {
        return overrides.stream().filter(o -> o.controlId().equals(controlId)).findFirst();
    }
}
