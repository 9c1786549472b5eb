package org.demarc.interop.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.demarc.model.Catalog;
import org.demarc.model.Control;
import org.demarc.model.Framework;

/**
 * Finds the controls a finding supports, in this order: the requirements the finding names, else
 * those Prowler's mapping gives its check, meeting the controls' own NIST/ISO mappings; else the
 * fallback controls of its service. Decisions are cached per check, a bounded number of them.
 */
final class ControlRouter {
    private static final int MAX_CACHED = 20_000;

    /** How a finding reached its controls, or why it reached none. */
    enum Route { FINDING, PROWLER_MAPPING, SERVICE, NONE_NO_REQUIREMENT, NONE_NO_CONTROL }

    /** The controls (catalog order), the route, the requirements looked at, the catalog service. */
    record Decision(List<String> controls, Route route, List<String> requirements, String catalogService) {
    }

    private final CheckMappings mappings;
    private final Map<String, List<String>> byNist = new HashMap<>();
    private final Map<String, List<String>> byIso = new HashMap<>();
    private final Set<String> controlIds = new LinkedHashSet<>();
    private final Map<String, Decision> cache = new HashMap<>();

    ControlRouter(Catalog catalog, CheckMappings mappings) {
        this.mappings = mappings;
        for (Control c : catalog.controls()) {
            controlIds.add(c.id());
            for (String id : c.mappingsFor(Framework.NIST_800_53_R5)) {
                byNist.computeIfAbsent(nistBase(id), k -> new ArrayList<>()).add(c.id());
            }
            for (String id : c.mappingsFor(Framework.ISO_27001_2022)) {
                byIso.computeIfAbsent(id.strip(), k -> new ArrayList<>()).add(c.id());
            }
        }
    }

    /** "AC-2(1)" and "ac-2" → "AC-2": findings name enhancements, catalogs mostly base controls. */
    static String nistBase(String id) {
        String s = id.strip().toUpperCase(java.util.Locale.ROOT);
        int paren = s.indexOf('(');
        return (paren > 0 ? s.substring(0, paren) : s).strip();
    }

    Decision decide(ScanFinding f) {
        boolean own = !f.nist().isEmpty() || !f.iso().isEmpty();
        // A finding carrying its own requirements is decided alone; one without, by its check.
        String key = own ? null : f.provider() + "\t" + f.checkId() + "\t" + f.service();
        Decision cached = key == null ? null : cache.get(key);
        if (cached != null) {
            return cached;
        }
        Decision d = compute(f, own);
        if (key != null && cache.size() < MAX_CACHED) {
            cache.put(key, d);
        }
        return d;
    }

    private Decision compute(ScanFinding f, boolean own) {
        CheckMappings.ServiceRoute service = mappings.service(f.provider(), f.service());
        String catalogService = service == null ? "" : service.catalogService();
        List<String> nist = f.nist();
        List<String> iso = f.iso();
        Route route = Route.FINDING;
        if (!own) {
            CheckMappings.CheckRequirements r = mappings.check(f.provider(), f.checkId());
            nist = r == null ? List.of() : r.nist();
            iso = r == null ? List.of() : r.iso();
            route = Route.PROWLER_MAPPING;
        }
        List<String> requirements = new ArrayList<>(nist);
        requirements.addAll(iso);
        Set<String> found = new LinkedHashSet<>();
        nist.forEach(id -> found.addAll(byNist.getOrDefault(id, List.of())));
        iso.forEach(id -> found.addAll(byIso.getOrDefault(id, List.of())));
        if (found.isEmpty() && service != null) {
            service.fallbackControls().stream().filter(controlIds::contains).forEach(found::add);
            route = Route.SERVICE;
        }
        if (found.isEmpty()) {
            route = requirements.isEmpty() ? Route.NONE_NO_REQUIREMENT : Route.NONE_NO_CONTROL;
        }
        List<String> ordered = controlIds.stream().filter(found::contains).toList();
        return new Decision(ordered, route, List.copyOf(requirements), catalogService);
    }
}
