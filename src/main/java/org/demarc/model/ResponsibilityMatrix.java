package org.demarc.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Controls × services in scope, each cell an {@link Assignment}. Rows and columns follow catalog
 * order. Controls that need a customer answer are those with a customer share in at least one
 * service; the rest are inherited. A column keeps its service id; {@code variants} holds the
 * deployment variant each service with variants is assessed in, for headers and exports.
 */
public record ResponsibilityMatrix(List<Control> controls, List<Service> services,
                                   Map<String, Map<String, Assignment>> cells, Map<String, ServiceVariant> variants) {

    public ResponsibilityMatrix {
        controls = List.copyOf(controls);
        services = List.copyOf(services);
        cells = Map.copyOf(cells);
        variants = Map.copyOf(variants);
    }

    /** A matrix of services without variants. */
    public ResponsibilityMatrix(List<Control> controls, List<Service> services,
                                Map<String, Map<String, Assignment>> cells) {
        this(controls, services, cells, Map.of());
    }

    /** The variant a service is assessed in; empty for a service without variants. */
    public Optional<ServiceVariant> variant(String serviceId) {
        return Optional.ofNullable(variants.get(serviceId));
    }

    /** The service's name, followed by its variant's when it has variants: "Amazon EKS (AWS Fargate)". */
    public String serviceLabel(Service service) {
        return variant(service.id()).map(v -> Messages.get("service.withVariant", service.name(), v.name()))
                .orElse(service.name());
    }

    public Assignment cell(String controlId, String serviceId) {
        Map<String, Assignment> row = cells.get(controlId);
        Assignment a = row == null ? null : row.get(serviceId);
        return Objects.requireNonNull(a, () -> "no cell " + controlId + " × " + serviceId);
    }

    /** True when the customer holds a share of the control for at least one service in scope. */
    public boolean needsCustomerAnswer(String controlId) {
        return services.stream().anyMatch(s -> cell(controlId, s.id()).responsibility().customerHoldsShare());
    }

    public List<Control> controlsNeedingAnswer() {
        return controls.stream().filter(c -> needsCustomerAnswer(c.id())).toList();
    }

    /** Controls the provider carries for every service in scope; acknowledged, not answered. */
    public List<Control> inheritedControls() {
        return controls.stream().filter(c -> !needsCustomerAnswer(c.id())).toList();
    }

    /** Services in scope where the customer holds a share of the control. */
    public List<Service> servicesWithCustomerShare(String controlId) {
        return services.stream().filter(s -> cell(controlId, s.id()).responsibility().customerHoldsShare()).toList();
    }
}
