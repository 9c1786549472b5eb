package org.demarc.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Controls × services in scope, each cell an {@link Assignment}. Rows and columns follow catalog
 * order. Controls that need a customer answer are those with a customer share in at least one
 * service; the rest are inherited.
 */
public record ResponsibilityMatrix(List<Control> controls, List<Service> services,
                                   Map<String, Map<String, Assignment>> cells) {

    public ResponsibilityMatrix {
        controls = List.copyOf(controls);
        services = List.copyOf(services);
        cells = Map.copyOf(cells);
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
