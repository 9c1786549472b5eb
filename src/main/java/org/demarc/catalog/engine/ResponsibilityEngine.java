package org.demarc.catalog.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.demarc.model.Assignment;
import org.demarc.model.Catalog;
import org.demarc.model.CellReason;
import org.demarc.model.Control;
import org.demarc.model.Responsibility;
import org.demarc.model.ResponsibilityMatrix;
import org.demarc.model.Service;
import org.demarc.model.ServiceOverride;

/**
 * Decides who is responsible for what: a pure function of (catalog, services in scope). A cell is
 * the service's override for the control when it has one, otherwise the control's default for
 * the service's category.
 */
public final class ResponsibilityEngine {
    private ResponsibilityEngine() {
    }

    /** The matrix for the services in scope, in catalog order; ids the catalog lacks are ignored. */
    public static ResponsibilityMatrix matrix(Catalog catalog, Collection<String> scope) {
        Set<String> wanted = Set.copyOf(scope);
        List<Service> services = catalog.services().stream().filter(s -> wanted.contains(s.id())).toList();
        Map<String, Map<String, Assignment>> cells = new LinkedHashMap<>();
        for (Control control : catalog.controls()) {
            Map<String, Assignment> row = new LinkedHashMap<>();
            for (Service service : services) {
                row.put(service.id(), assign(catalog, control, service));
            }
            cells.put(control.id(), row);
        }
        return new ResponsibilityMatrix(catalog.controls(), services, cells);
    }

    /** One cell, with its reason; an "assessed under" service is named by its id. */
    public static Assignment assign(Control control, Service service) {
        return assign(null, control, service);
    }

    /** One cell, with its reason; an "assessed under" service is named as the catalog names it. */
    public static Assignment assign(Catalog catalog, Control control, Service service) {
        return service.overrideFor(control.id())
                .map(o -> fromOverride(catalog, control, service, o))
                .orElseGet(() -> new Assignment(control.id(), service.id(), defaultOf(control, service),
                        CellReason.CATEGORY_DEFAULT, service.category(), ""));
    }

    private static Assignment fromOverride(Catalog catalog, Control control, Service service, ServiceOverride o) {
        return new Assignment(control.id(), service.id(), o.responsibility(), CellReason.SERVICE_OVERRIDE,
                service.category(), o.rationale(), assessedUnderName(catalog, o));
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
