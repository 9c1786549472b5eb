package org.demarc.interop.oscal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.demarc.model.Catalog;
import org.demarc.model.Control;
import org.demarc.model.Framework;

/**
 * One SP 800-53 control of the plan ("ac-2") with the Demarc controls that map to it, in catalog
 * order. Several Demarc controls can map to one SP 800-53 control; the plan then combines them
 * (see {@link SspDocument} for the rule).
 */
record Requirement(String controlId, List<Control> sources) {
    Requirement {
        sources = List.copyOf(sources);
    }

    /** "AC-2" as OSCAL writes it: "ac-2"; an enhancement "AC-2(1)" becomes "ac-2.1". */
    static String oscalId(String mapping) {
        return mapping.trim().toLowerCase(Locale.ROOT).replace("(", ".").replace(")", "").replace(" ", "");
    }

    /** The statement part of the control in NIST's catalogs ("ac-2_smt"), which findings target. */
    String statementId() {
        return controlId + "_smt";
    }

    /** The requirements of the baseline reached through the catalog's mappings, in SP 800-53 order. */
    static List<Requirement> of(Catalog catalog, Baseline baseline) {
        Map<String, List<Control>> by = new TreeMap<>(ORDER);
        mappedIds(catalog).forEach((id, sources) -> {
            if (baseline.controlIds().contains(id)) {
                by.put(id, sources);
            }
        });
        List<Requirement> out = new ArrayList<>();
        by.forEach((id, sources) -> out.add(new Requirement(id, sources)));
        return out;
    }

    /** SP 800-53 controls the catalog maps to that the baseline does not select: named in the plan's remarks. */
    static List<String> outsideBaseline(Catalog catalog, Baseline baseline) {
        return mappedIds(catalog).keySet().stream().filter(id -> !baseline.controlIds().contains(id))
                .sorted(ORDER).toList();
    }

    private static Map<String, List<Control>> mappedIds(Catalog catalog) {
        Map<String, List<Control>> by = new LinkedHashMap<>();
        for (Control c : catalog.controls()) {
            for (String m : c.mappingsFor(Framework.NIST_800_53_R5)) {
                List<Control> list = by.computeIfAbsent(oscalId(m), k -> new ArrayList<>());
                if (!list.contains(c)) {
                    list.add(c);
                }
            }
        }
        return by;
    }

    /** Family first, then the control number as a number, then the enhancement: ac-2, ac-2.1, ac-3, ac-21. */
    static final Comparator<String> ORDER = Comparator.<String, String>comparing(id -> id.split("-", 2)[0])
            .thenComparingInt(id -> number(id, 0)).thenComparingInt(id -> number(id, 1)).thenComparing(id -> id);

    private static int number(String id, int part) {
        String[] rest = id.contains("-") ? id.split("-", 2)[1].split("\\.") : new String[0];
        if (part >= rest.length) {
            return -1;
        }
        try {
            return Integer.parseInt(rest[part]);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
