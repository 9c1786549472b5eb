package org.demarc.catalog.diff;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.demarc.model.Control;
import org.demarc.model.Framework;
import org.demarc.model.Service;
import org.demarc.model.ServiceOverride;

/**
 * The members of services and controls that a diff compares, named as in the catalog file. Lists
 * whose order carries no meaning (overrides, mapping ids) are compared as sets.
 */
final class Members<T> {
    static final Members<Service> SERVICE = new Members<Service>()
            .add("name", Service::name)
            .add("group", Service::group)
            .add("category", Service::category)
            .add("description", Service::description)
            .add("overrides", s -> s.overrides().stream()
                    .collect(Collectors.toMap(ServiceOverride::controlId, o -> o, (a, b) -> a)))
            .add("equivalents", s -> Set.copyOf(s.equivalents()));

    static final Members<Control> CONTROL = new Members<Control>()
            .add("title", Control::title)
            .add("domain", Control::domainId)
            .add("class", Control::controlClass)
            .add("question", Control::question)
            .add("guidance", Control::guidance)
            .add("providerPart", Control::providerPart)
            .add("customerPart", Control::customerPart)
            .add("responsibility", Control::defaults)
            .add("mappings", Members::mappingSets)
            .add("evidenceHints", Control::evidenceHints)
            .add("weight", Control::weight);

    private final Map<String, Function<T, Object>> members = new java.util.LinkedHashMap<>();

    private Members<T> add(String name, Function<T, Object> value) {
        members.put(name, value);
        return this;
    }

    /** The names of the members whose values differ, in file order. */
    List<String> changed(T before, T after) {
        return members.entrySet().stream()
                .filter(e -> !Objects.equals(e.getValue().apply(before), e.getValue().apply(after)))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Map<Framework, Set<String>> mappingSets(Control c) {
        return c.mappings().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new HashSet<>(e.getValue())));
    }
}
