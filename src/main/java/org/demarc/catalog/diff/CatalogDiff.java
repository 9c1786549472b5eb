package org.demarc.catalog.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.model.Assignment;
import org.demarc.model.Catalog;
import org.demarc.model.Control;
import org.demarc.model.Service;

/**
 * What changes between two catalogs (usually two versions of one catalog): responsibility changes
 * first, then services and controls added, removed and changed, then deployment variants added,
 * removed and cells of a variant changed by its override. Entries are matched by id. Added
 * entries and responsibility changes follow the new catalog's order, removed and changed entries
 * the old one's. In catalogs combining several providers each service's cells come from its own
 * provider's part, as in the matrix. A pure function of the two catalogs, so the GUI and the command line share it.
 */
public record CatalogDiff(Catalog from, Catalog to, List<ResponsibilityChange> responsibilityChanges,
                          List<Service> servicesAdded, List<Service> servicesRemoved,
                          List<Change<Service>> servicesChanged, List<Control> controlsAdded,
                          List<Control> controlsRemoved, List<Change<Control>> controlsChanged,
                          List<VariantOf> variantsAdded, List<VariantOf> variantsRemoved,
                          List<ResponsibilityChange> variantChanges) {

    public CatalogDiff {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        responsibilityChanges = List.copyOf(responsibilityChanges);
        servicesAdded = List.copyOf(servicesAdded);
        servicesRemoved = List.copyOf(servicesRemoved);
        servicesChanged = List.copyOf(servicesChanged);
        controlsAdded = List.copyOf(controlsAdded);
        controlsRemoved = List.copyOf(controlsRemoved);
        controlsChanged = List.copyOf(controlsChanged);
        variantsAdded = List.copyOf(variantsAdded);
        variantsRemoved = List.copyOf(variantsRemoved);
        variantChanges = List.copyOf(variantChanges);
    }

    public static CatalogDiff between(Catalog from, Catalog to) {
        return new CatalogDiff(from, to, responsibilityChanges(from, to),
                missing(to.services(), Service::id, from::service),
                missing(from.services(), Service::id, to::service),
                changed(from.services(), Service::id, to::service, Members.SERVICE::changed),
                missing(to.controls(), Control::id, from::control),
                missing(from.controls(), Control::id, to::control),
                changed(from.controls(), Control::id, to::control, Members.CONTROL::changed),
                VariantChanges.missing(to, from), VariantChanges.missing(from, to), VariantChanges.cells(from, to));
    }

    /** True when the catalogs have the same services and controls with the same content. */
    public boolean isEmpty() {
        return responsibilityChanges.isEmpty() && servicesAdded.isEmpty() && servicesRemoved.isEmpty()
                && servicesChanged.isEmpty() && controlsAdded.isEmpty() && controlsRemoved.isEmpty()
                && controlsChanged.isEmpty() && !hasVariantChanges();
    }

    /** True when a deployment variant was added or removed, or a cell of one changed by its override. */
    public boolean hasVariantChanges() {
        return !variantsAdded.isEmpty() || !variantsRemoved.isEmpty() || !variantChanges.isEmpty();
    }

    /** The responsibility changes that concern the given services, such as a project's scope. */
    public List<ResponsibilityChange> responsibilityChangesFor(Collection<String> serviceIds) {
        Set<String> wanted = Set.copyOf(serviceIds);
        return responsibilityChanges.stream().filter(c -> wanted.contains(c.serviceId())).toList();
    }

    /**
     * The responsibility changes of the given services, each deployed in the variant chosen for it
     * (its default where none is chosen, or where the catalog lacks the choice), as a project sees them.
     */
    public List<ResponsibilityChange> responsibilityChangesFor(Collection<String> serviceIds,
                                                               Map<String, String> variantIds) {
        Set<String> wanted = Set.copyOf(serviceIds);
        return responsibilityChanges(from, to, s -> wanted.contains(s.id()), variantIds);
    }

    private static List<ResponsibilityChange> responsibilityChanges(Catalog from, Catalog to) {
        return responsibilityChanges(from, to, s -> true, Map.of());
    }

    /** Cells of controls and services that both catalogs have, in the new catalog's order. */
    private static List<ResponsibilityChange> responsibilityChanges(Catalog from, Catalog to, Predicate<Service> wanted,
                                                                    Map<String, String> variantIds) {
        List<ResponsibilityChange> changes = new ArrayList<>();
        for (Control newControl : to.controls()) {
            Optional<Control> oldControl = from.control(newControl.id());
            if (oldControl.isEmpty()) {
                continue;
            }
            for (Service newService : to.services()) {
                Optional<Service> oldService = from.service(newService.id());
                if (oldService.isEmpty() || !wanted.test(newService)) {
                    continue;
                }
                String chosen = variantIds.get(newService.id());
                Assignment before = ResponsibilityEngine.assign(from.partFor(newService.id()),
                        ownControl(from, oldControl.get(), newService.id()), oldService.get(),
                        oldService.get().variantOrDefault(chosen).orElse(null));
                Assignment after = ResponsibilityEngine.assign(to.partFor(newService.id()),
                        ownControl(to, newControl, newService.id()), newService,
                        newService.variantOrDefault(chosen).orElse(null));
                if (before.responsibility() != after.responsibility()) {
                    changes.add(new ResponsibilityChange(before, after));
                }
            }
        }
        return changes;
    }

    /**
     * The control as the service's own provider part has it (its defaults decide the cell); in a
     * single catalog the control itself.
     */
    static Control ownControl(Catalog catalog, Control control, String serviceId) {
        return catalog.partFor(serviceId).control(control.id()).orElse(control);
    }

    /** The entries whose id the other catalog does not have. */
    private static <T> List<T> missing(List<T> entries, Function<T, String> id,
                                       Function<String, Optional<T>> other) {
        return entries.stream().filter(e -> other.apply(id.apply(e)).isEmpty()).toList();
    }

    private static <T> List<Change<T>> changed(List<T> before, Function<T, String> id,
                                               Function<String, Optional<T>> after,
                                               BiFunction<T, T, List<String>> members) {
        List<Change<T>> changes = new ArrayList<>();
        for (T old : before) {
            after.apply(id.apply(old)).ifPresent(now -> {
                List<String> changed = members.apply(old, now);
                if (!changed.isEmpty()) {
                    changes.add(new Change<>(id.apply(old), old, now, changed));
                }
            });
        }
        return changes;
    }
}
