package org.demarc.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cloud service of the catalog, with the overrides where it departs from its category, the
 * deployment variants a project chooses among (none for most services) and whether the customer
 * can log in to the operating system of its nodes ({@code customerOsAccess}, which a variant may
 * say otherwise). {@code equivalents} names, by id, the comparable services of other providers'
 * catalogs ({@code azure.vm} for Amazon EC2), as the catalog's provider's own comparison page pairs them.
 */
public record Service(String id, String name, String group, Category category, String description,
                      List<ServiceOverride> overrides, List<ServiceVariant> variants, boolean customerOsAccess,
                      List<String> equivalents) {
    public Service {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(description, "description");
        overrides = List.copyOf(overrides);
        variants = List.copyOf(variants);
        equivalents = List.copyOf(equivalents);
    }

    /** A service that names no equivalents on other providers. */
    public Service(String id, String name, String group, Category category, String description,
                   List<ServiceOverride> overrides, List<ServiceVariant> variants, boolean customerOsAccess) {
        this(id, name, group, category, description, overrides, variants, customerOsAccess, List.of());
    }

    /** A service without variants whose nodes the customer cannot log in to. */
    public Service(String id, String name, String group, Category category, String description,
                   List<ServiceOverride> overrides) {
        this(id, name, group, category, description, overrides, List.of(), false);
    }

    public Service withEquivalents(List<String> newEquivalents) {
        return new Service(id, name, group, category, description, overrides, variants, customerOsAccess,
                newEquivalents);
    }

    public boolean hasVariants() {
        return !variants.isEmpty();
    }

    public Optional<ServiceVariant> variant(String variantId) {
        return variants.stream().filter(v -> v.id().equals(variantId)).findFirst();
    }

    /** The variant marked default, or the first one; empty for a service without variants. */
    public Optional<ServiceVariant> defaultVariant() {
        return variants.stream().filter(ServiceVariant::isDefault).findFirst().or(() -> variants.stream().findFirst());
    }

    /** The chosen variant, the default one when {@code variantId} is null or unknown. */
    public Optional<ServiceVariant> variantOrDefault(String variantId) {
        return variantId == null ? defaultVariant() : variant(variantId).or(this::defaultVariant);
    }

    /** Whether the customer can log in to the nodes when deployed as {@code variant} (null: the service). */
    public boolean customerOsAccess(ServiceVariant variant) {
        return variant == null || variant.customerOsAccess() == null ? customerOsAccess : variant.customerOsAccess();
    }

    public Optional<ServiceOverride> overrideFor(String controlId) {
        return overrides.stream().filter(o -> o.controlId().equals(controlId)).findFirst();
    }
}
