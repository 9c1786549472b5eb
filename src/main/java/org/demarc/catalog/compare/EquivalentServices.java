package org.demarc.catalog.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.demarc.catalog.BuiltInCatalogs;
import org.demarc.catalog.ServiceIds;
import org.demarc.model.Catalog;
import org.demarc.model.EquivalentsSource;
import org.demarc.model.Service;
import org.demarc.model.Source;

/**
 * Finds a service's equivalents on the other providers among a set of catalogs (the built-in ones).
 * A pairing counts whichever side names it: the AWS catalog names none, because AWS publishes no
 * comparison page its catalog could cite, so Amazon EC2 finds Azure Virtual Machines through the
 * Azure catalog's {@code aws.ec2} and Compute Engine through the Google Cloud catalog's.
 */
public final class EquivalentServices {
    private final List<Catalog> catalogs;

    public EquivalentServices(List<Catalog> catalogs) {
        this.catalogs = List.copyOf(catalogs);
    }

    /** Over the catalogs this build ships (AWS, Azure, Google Cloud), each parsed once per run. */
    public static EquivalentServices builtIn() {
        return new EquivalentServices(BuiltInCatalogs.available().stream().map(BuiltInCatalogs.Entry::load).toList());
    }

    public List<Catalog> catalogs() {
        return catalogs;
    }

    /** The catalog holding that service id, if any. */
    public Optional<Catalog> catalogOf(String serviceId) {
        return catalogs.stream().filter(c -> c.service(serviceId).isPresent()).findFirst();
    }

    /**
     * The service first, then its equivalents in catalog order (each catalog's services in its own
     * order); ids no catalog holds are left out. Empty when no catalog holds the service.
     */
    public List<Equivalent> of(String serviceId) {
        Catalog home = catalogOf(serviceId).orElse(null);
        if (home == null) {
            return List.of();
        }
        Service subject = home.service(serviceId).orElseThrow();
        Map<String, List<Source>> pairedBy = new LinkedHashMap<>();
        for (String id : subject.equivalents()) {
            add(pairedBy, id, source(home, ServiceIds.provider(id)));
        }
        for (Catalog other : catalogs) {
            if (other == home) {
                continue;
            }
            for (Service s : other.services()) {
                if (s.equivalents().contains(serviceId)) {
                    add(pairedBy, s.id(), source(other, home.provider().id()));
                }
            }
        }
        List<Equivalent> out = new ArrayList<>();
        out.add(new Equivalent(home, subject, List.of()));
        for (Catalog c : catalogs) {
            if (c == home) {
                continue;
            }
            for (Service s : c.services()) {
                if (pairedBy.containsKey(s.id())) {
                    out.add(new Equivalent(c, s, pairedBy.get(s.id())));
                }
            }
        }
        return out;
    }

    private static void add(Map<String, List<Source>> pairedBy, String id, Source source) {
        List<Source> sources = pairedBy.computeIfAbsent(id, k -> new ArrayList<>());
        if (source != null && !sources.contains(source)) {
            sources.add(source);
        }
    }

    private static Source source(Catalog catalog, String otherProvider) {
        return catalog.equivalentsSource(otherProvider).map(EquivalentsSource::source).orElse(null);
    }
}
