package org.demarc.catalog.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.demarc.model.Assessment;
import org.demarc.model.Assignment;
import org.demarc.model.Catalog;
import org.demarc.model.CellReason;
import org.demarc.model.Control;
import org.demarc.model.Responsibility;
import org.demarc.model.ResponsibilityMatrix;
import org.demarc.model.Service;
import org.demarc.model.ServiceOverride;
import org.demarc.model.ServiceVariant;

/**
 * Decides who is responsible for what: a pure function of (catalog, services in scope, the variant
 * chosen for each). A cell is the chosen variant's override for the control when it has one, else
 * the service's override, else the control's default for the service's category. A service with
 * variants and no choice is assessed in its default variant. In a catalog combining several
 * providers, each service's cell comes from its own provider's catalog: that catalog's defaults,
 * overrides and variants decide, and every control is still one row.
 */
public final class ResponsibilityEngine {
    private ResponsibilityEngine() {
    }

    /** The matrix of an assessment: its catalog, its scope and the variants it chose. */
    public static ResponsibilityMatrix matrix(Assessment assessment) {
        return matrix(assessment.catalog(), assessment.scope(), assessment.variants());
    }

    /** The matrix for the services in scope, each in its default variant. */
    public static ResponsibilityMatrix matrix(Catalog catalog, Collection<String> scope) {
        return matrix(catalog, scope, Map.of());
    }

    /**
     * The matrix for the services in scope, in catalog order; ids the catalog lacks are ignored, and
     * so is a variant a service does not have (it is assessed in its default).
     */
    public static ResponsibilityMatrix matrix(Catalog catalog, Collection<String> scope,
                                              Map<String, String> variantIds) {
        Set<String> wanted = Set.copyOf(scope);
        List<Service> services = catalog.services().stream().filter(s -> wanted.contains(s.id())).toList();
        Map<String, ServiceVariant> variants = new LinkedHashMap<>();
        services.forEach(s -> s.variantOrDefault(variantIds.get(s.id())).ifPresent(v -> variants.put(s.id(), v)));
        Map<String, Map<String, Assignment>> cells = new LinkedHashMap<>();
        for (Control control : catalog.controls()) {
            Map<String, Assignment> row = new LinkedHashMap<>();
            for (Service service : services) {
                Catalog part = catalog.partFor(service.id());
                Control own = part.control(control.id()).orElse(control);
                row.put(service.id(), assign(part, own, service, variants.get(service.id())));
            }
            cells.put(control.id(), row);
        }
        return new ResponsibilityMatrix(catalog.controls(), services, cells, variants);
    }

    /** One cell, with its reason; an "assessed under" service is named by its id. */
    public static Assignment assign(Control control, Service service) {
        return assign(null, control, service);
    }

    /** One cell of the service in its default variant; an "assessed under" service is named as the catalog names it. */
    public static Assignment assign(Catalog catalog, Control control, Service service) {
        return assign(catalog, control, service, service.defaultVariant().orElse(null));
    }

    /** One cell of the service deployed as {@code variant} (null for a service without variants). */
    public static Assignment assign(Catalog catalog, Control control, Service service, ServiceVariant variant) {
        String variantName = variant == null ? null : variant.name();
        CellReason reason = variant != null && variant.overrideFor(control.id()).isPresent()
                ? CellReason.VARIANT_OVERRIDE : CellReason.SERVICE_OVERRIDE;
        return deciding(control, service, variant)
                .map(o -> fromOverride(catalog, control, service, o, reason, variantName))
                .orElseGet(() -> new Assignment(control.id(), service.id(), defaultOf(control, service),
                        CellReason.CATEGORY_DEFAULT, service.category(), "", null, variantName));
    }

    /** The override that decides a cell, the variant's before the service's; empty for a category default. */
    public static Optional<ServiceOverride> deciding(Control control, Service service, ServiceVariant variant) {
        Optional<ServiceOverride> byVariant = variant == null ? Optional.empty() : variant.overrideFor(control.id());
        return byVariant.or(() -> service.overrideFor(control.id()));
    }

    /** The overrides that decide cells of the service in {@code variant}: the variant's, then the service's it leaves. */
    public static List<ServiceOverride> decidingOverrides(Service service, ServiceVariant variant) {
        List<ServiceOverride> out = new ArrayList<>(variant == null ? List.of() : variant.overrides());
        service.overrides().stream().filter(o -> variant == null || variant.overrideFor(o.controlId()).isEmpty())
                .forEach(out::add);
        return out;
    }

    private static Assignment fromOverride(Catalog catalog, Control control, Service service, ServiceOverride o,
                                           CellReason reason, String variantName) {
        return new Assignment(control.id(), service.id(), o.responsibility(), reason,
                service.category(), o.rationale(), assessedUnderName(catalog, o), variantName);
    }

    private static String assessedUnderName(Catalog catalog, ServiceOverride o) {
        if (o.responsibility() != Responsibility.NOT_APPLICABLE || o.assessedUnder() == null) {
            return null;
        }
        return catalog == null ? o.assessedUnder()
                : catalog.service(o.assessedUnder()).map(Service::name).orElse(o.assessedUnder());
    }

    private static Responsibility defaultOf(Control control, Service service) {
        Responsibility r = control.defaultFor(service.category());
        if (r == null) {
            throw new IllegalArgumentException("control " + control.id() + " has no responsibility for "
                    + service.category() + "; the catalog should have been refused");
        }
        return r;
    }

    /** Ids in scope that the catalog does not know, for reporting. */
    public static List<String> unknownServices(Catalog catalog, Collection<String> scope) {
        List<String> unknown = new ArrayList<>();
        for (String id : scope) {
            if (catalog.service(id).isEmpty()) {
                unknown.add(id);
            }
        }
        return unknown;
    }
}
