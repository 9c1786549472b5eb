package org.demarc.assessment;

import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.io.FieldReader;
import org.demarc.io.JsonLimits;
import org.demarc.model.Assessment;
import org.demarc.model.Catalog;
import org.demarc.model.Service;
import org.demarc.model.ServiceVariant;

/**
 * The project file's {@code scope}: a service id for a service in its default variant (so files
 * written before variants keep their bytes and meaning), {@code {"service": …, "variant": …}} for
 * one deployed otherwise.
 */
public final class ScopeJson {
    /** The services in scope and the variants chosen for some of them. */
    public record Scope(SortedSet<String> services, SortedMap<String, String> variants) {
    }

    private ScopeJson() {
    }

    public static void write(Assessment a, ObjectNode root) {
        ArrayNode scope = root.putArray("scope");
        for (String id : a.scope()) {
            String variant = a.variants().get(id);
            if (variant == null) {
                scope.add(id);
            } else {
                ObjectNode entry = scope.addObject();
                entry.put("service", id);
                entry.put("variant", variant);
            }
        }
    }

    /**
     * Reads the scope; a variant the catalog's service lacks is an error at its place. A service the
     * catalog lacks is left to the project's reference check, which names it.
     */
    public static Scope read(FieldReader r, Catalog catalog) {
        TreeSet<String> services = new TreeSet<>();
        TreeMap<String, String> variants = new TreeMap<>();
        for (Object item : r.textsOrObjects("scope", JsonLimits.MAX_SERVICES)) {
            if (item instanceof String id) {
                services.add(id);
                continue;
            }
            FieldReader entry = (FieldReader) item;
            String id = entry.requiredText("service");
            String variant = entry.requiredText("variant");
            entry.finish();
            services.add(id);
            Service service = catalog.service(id).orElse(null);
            if (service == null || variant.isBlank()) {
                continue;
            }
            if (service.variant(variant).isEmpty()) {
                entry.problems().error(entry.at("variant"), "project.unknownVariant", service.name(), id, variant,
                        names(service.variants()));
            } else {
                variants.put(id, variant);
            }
        }
        return new Scope(services, variants);
    }

    private static String names(List<ServiceVariant> variants) {
        return variants.isEmpty() ? "-" : variants.stream().map(ServiceVariant::id).collect(Collectors.joining(", "));
    }
}
