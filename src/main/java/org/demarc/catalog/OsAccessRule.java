package org.demarc.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.model.Catalog;
import org.demarc.model.Control;
import org.demarc.model.Responsibility;
import org.demarc.model.Service;
import org.demarc.model.ServiceVariant;

/**
 * One rule per mechanism: where the customer can log in to the operating system of a service's
 * nodes (the service's or variant's {@code customerOsAccess}), what runs there is never the
 * provider's alone, so guest OS patching, platform operation and malware protection are never
 * PROVIDER. The controls are named by their ids in the built-in catalog; a catalog without them
 * has nothing to check.
 */
public final class OsAccessRule {
    /** Guest OS updates, operating system and platform operation, malware protection. */
    public static final Set<String> OS_CONTROLS = Set.of("PAT-02", "PLT-01", "PLT-02");

    /** A cell that breaks the rule: the service, the variant (null for none) and the control. */
    public record Breach(Service service, ServiceVariant variant, Control control) {
    }

    private OsAccessRule() {
    }

    /** Every (service or variant, control) with customer OS access and a PROVIDER cell. */
    public static List<Breach> breaches(Catalog catalog) {
        List<Breach> out = new ArrayList<>();
        for (Service s : catalog.services()) {
            List<ServiceVariant> deployments = s.hasVariants() ? s.variants() : java.util.Collections.singletonList(null);
            for (ServiceVariant v : deployments) {
                if (!s.customerOsAccess(v)) {
                    continue;
                }
                catalog.controls().stream()
                        .filter(c -> OS_CONTROLS.contains(c.id()))
                        .filter(c -> c.defaultFor(s.category()) != null)
                        .filter(c -> ResponsibilityEngine.assign(catalog, c, s, v).responsibility()
                                == Responsibility.PROVIDER)
                        .forEach(c -> out.add(new Breach(s, v, c)));
            }
        }
        return out;
    }
}
