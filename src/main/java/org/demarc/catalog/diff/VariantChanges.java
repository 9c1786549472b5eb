package org.demarc.catalog.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.model.Assignment;
import org.demarc.model.Catalog;
import org.demarc.model.CellReason;
import org.demarc.model.Control;
import org.demarc.model.Service;
import org.demarc.model.ServiceVariant;

/**
 * The deployment variants that differ between two catalogs: variants added to or removed from a
 * service both catalogs have, and cells of a variant both have whose responsibility changed by a
 * variant override. Cells of the default variant are left out: the plain responsibility changes
 * already show them.
 */
final class VariantChanges {
    private VariantChanges() {
    }

    /** The variants of services both catalogs have that the other catalog's service lacks. */
    static List<VariantOf> missing(Catalog catalog, Catalog other) {
        List<VariantOf> out = new ArrayList<>();
        for (Service s : catalog.services()) {
            other.service(s.id()).ifPresent(o -> s.variants().stream()
                    .filter(v -> o.variant(v.id()).isEmpty())
                    .forEach(v -> out.add(new VariantOf(s, v))));
        }
        return out;
    }

    /** Cells of a non-default variant whose responsibility changed with a variant override on either side. */
    static List<ResponsibilityChange> cells(Catalog from, Catalog to) {
        List<ResponsibilityChange> out = new ArrayList<>();
        for (Service newService : to.services()) {
            Optional<Service> oldService = from.service(newService.id());
            if (oldService.isEmpty()) {
                continue;
            }
            for (ServiceVariant newVariant : newService.variants()) {
                Optional<ServiceVariant> oldVariant = oldService.get().variant(newVariant.id());
                if (oldVariant.isEmpty() || (isDefault(oldService.get(), oldVariant.get())
                        && isDefault(newService, newVariant))) {
                    continue;
                }
                for (Control newControl : to.controls()) {
                    from.control(newControl.id()).ifPresent(oldControl -> {
                        Assignment before = ResponsibilityEngine.assign(from.partFor(newService.id()),
                                CatalogDiff.ownControl(from, oldControl, newService.id()), oldService.get(),
                                oldVariant.get());
                        Assignment after = ResponsibilityEngine.assign(to.partFor(newService.id()),
                                CatalogDiff.ownControl(to, newControl, newService.id()), newService, newVariant);
                        if (before.responsibility() != after.responsibility()
                                && (before.reason() == CellReason.VARIANT_OVERRIDE
                                || after.reason() == CellReason.VARIANT_OVERRIDE)) {
                            out.add(new ResponsibilityChange(before, after));
                        }
                    });
                }
            }
        }
        return out;
    }

    private static boolean isDefault(Service s, ServiceVariant v) {
        return s.defaultVariant().map(d -> d.id().equals(v.id())).orElse(false);
    }
}
