package org.demarc.catalog.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.model.Assignment;
import org.demarc.model.Catalog;
import org.demarc.model.Control;
import org.demarc.model.ServiceOverride;
import org.demarc.model.ServiceVariant;
import org.demarc.model.Source;

/**
 * One service and its equivalents on other providers, control by control: who holds what on each
 * provider, with the reason and the provider's page behind each override. Rows are the controls
 * of the service's catalog (the control set is shared by every provider); a column is one
 * provider's service in one deployment variant, its cells computed by {@link ResponsibilityEngine}.
 */
public record ProviderComparison(List<Control> controls, List<Column> columns) {
    public ProviderComparison {
        controls = List.copyOf(controls);
        columns = List.copyOf(columns);
    }

    /** One provider's service as compared: the variant it is deployed in (null without variants). */
    public record Column(Equivalent equivalent, ServiceVariant variant) {
        /** "Amazon EKS (managed node groups)", or the service's name. */
        public String label() {
            String name = equivalent.service().name();
            return variant == null ? name : org.demarc.model.Messages.get("service.withVariant", name, variant.name());
        }

        /** The service id, with the variant's id: "aws.eks (fargate)". */
        public String id() {
            String id = equivalent.service().id();
            return variant == null ? id : org.demarc.model.Messages.get("service.withVariant", id, variant.id());
        }

        /** The cell for a control, empty when this provider's catalog lacks the control. */
        public Optional<Assignment> cell(Control control) {
            Catalog catalog = equivalent.catalog();
            return catalog.control(control.id())
                    .map(c -> ResponsibilityEngine.assign(catalog, c, equivalent.service(), variant));
        }

        /** The provider's page the deciding override cites; empty for a category default or an unsourced one. */
        public Optional<Source> source(Control control) {
            return equivalent.catalog().control(control.id())
                    .flatMap(c -> ResponsibilityEngine.deciding(c, equivalent.service(), variant))
                    .map(ServiceOverride::source);
        }
    }

    /**
     * The comparison of {@code serviceId} with its equivalents: each service in its default variant,
     * and with {@code allVariants} every other variant as a column of its own. Empty when no catalog
     * holds the service.
     */
    public static Optional<ProviderComparison> of(EquivalentServices equivalents, String serviceId,
                                                  boolean allVariants) {
        List<Equivalent> found = equivalents.of(serviceId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Column> columns = new ArrayList<>();
        for (Equivalent e : found) {
            ServiceVariant byDefault = e.service().defaultVariant().orElse(null);
            columns.add(new Column(e, byDefault));
            if (allVariants) {
                e.service().variants().stream().filter(v -> v != byDefault).forEach(v -> columns.add(new Column(e, v)));
            }
        }
        return Optional.of(new ProviderComparison(found.get(0).catalog().controls(), columns));
    }

    /** True when the service asked about has no equivalent in the catalogs. */
    public boolean alone() {
        return columns.stream().map(c -> c.equivalent().service().id()).distinct().count() < 2;
    }
}
