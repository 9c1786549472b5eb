package org.demarc.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One way of deploying a service (EKS on Fargate, EMR Serverless), chosen per service in scope.
 * Its overrides come before the service's own; exactly one variant of a service is the default,
 * the deployment most customers run, which a project that names no variant means.
 * {@code customerOsAccess} says whether the customer can log in to the nodes of this deployment;
 * {@code null} takes the service's answer.
 */
public record ServiceVariant(String id, String name, boolean isDefault, Boolean customerOsAccess,
                             String description, List<ServiceOverride> overrides) {
    public ServiceVariant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        overrides = List.copyOf(overrides);
    }

    public Optional<ServiceOverride> overrideFor(String controlId) {
        return overrides.stream().filter(o -> o.controlId().equals(controlId)).findFirst();
    }
}
