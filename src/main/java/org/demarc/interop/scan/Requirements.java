package org.demarc.interop.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The NIST SP 800-53 r5 and ISO/IEC 27001:2022 requirements a finding names, from Prowler's
 * compliance keys ("NIST-800-53-Revision-5", "ISO27001-2022") and ASFF's related requirements
 * ("NIST.800-53.r5 AC-2(1)"). Other frameworks (CIS, KISA, ENS…) do not meet Demarc's mappings and
 * are left out. NIST ids are reduced to the base control, as the catalogs map to base controls.
 */
final class Requirements {
    private static final Pattern NIST = Pattern.compile("([A-Za-z]{2})[-_ ]?(\\d{1,2})(?![0-9]).*");
    private static final Pattern ISO = Pattern.compile("A\\.(\\d{1,2})\\.(\\d{1,2})(?![0-9]).*");

    final List<String> nist = new ArrayList<>();
    final List<String> iso = new ArrayList<>();

    /** One framework with its requirement ids, as a compliance column or member gives them. */
    void add(String framework, Iterable<String> ids) {
        String f = framework.trim().toUpperCase(Locale.ROOT);
        boolean isNist = f.startsWith("NIST-800-53-REVISION-5") || f.startsWith("NIST.800-53.R5");
        boolean isIso = f.startsWith("ISO27001-2022") || f.startsWith("ISO/IEC 27001:2022");
        for (String id : ids) {
            if (isNist) {
                addNist(id);
            } else if (isIso) {
                addIso(id);
            }
        }
    }

    /** An ASFF related requirement: the framework and the id in one text. */
    void addRelated(String requirement) {
        String r = requirement.trim();
        int space = r.lastIndexOf(' ');
        if (space > 0) {
            add(r.substring(0, space), List.of(r.substring(space + 1)));
        }
    }

    private void addNist(String id) {
        Matcher m = NIST.matcher(id.trim());
        if (m.matches()) {
            addOnce(nist, m.group(1).toUpperCase(Locale.ROOT) + "-" + Integer.parseInt(m.group(2)));
        }
    }

    private void addIso(String id) {
        Matcher m = ISO.matcher(id.trim());
        if (m.matches()) {
            addOnce(iso, "A." + Integer.parseInt(m.group(1)) + "." + Integer.parseInt(m.group(2)));
        }
    }

    private static void addOnce(List<String> list, String id) {
        if (!list.contains(id) && list.size() < ScanLimits.MAX_CHECKS_KEPT) {
            list.add(id);
        }
    }

    /** Prowler's CSV column: "ISO27001-2022: A.8.5, A.8.6 | NIST-800-53-Revision-5: ac_2_1". */
    static Requirements ofColumn(String column) {
        Requirements r = new Requirements();
        for (String part : column.split("\\|")) {
            int colon = part.indexOf(':');
            if (colon > 0) {
                r.add(part.substring(0, colon), List.of(part.substring(colon + 1).split(",")));
            }
        }
        return r;
    }
}
