package org.demarc.catalog;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.demarc.io.ProblemList;
import org.demarc.model.Catalog;
import org.demarc.model.EquivalentsSource;
import org.demarc.model.Service;

/**
 * Checks what a catalog says about its services' equivalents on other providers: each names a
 * service id of the form {@code provider.name} on another provider, once, and every provider named
 * has the page the pairing rests on. Whether the named service exists is for the catalogs of that
 * provider to say; a test holds the built-in catalogs to each other.
 */
final class EquivalentsCheck {
    /** {@code aws.ec2}, {@code gcp.compute-engine}: a provider id, a dot, a name. */
    private static final Pattern SERVICE_ID = Pattern.compile("[a-z][a-z0-9]*\\.[A-Za-z0-9][A-Za-z0-9._-]*");

    private EquivalentsCheck() {
    }

    /** Adds the problems; {@code wantSources} warns about a provider named without its page. */
    static void check(Catalog catalog, String base, boolean wantSources, ProblemList problems) {
        String own = catalog.provider().id();
        Set<String> named = new LinkedHashSet<>();
        for (int i = 0; i < catalog.services().size(); i++) {
            Service s = catalog.services().get(i);
            String at = base + "/services/" + i + "/equivalents";
            Set<String> seen = new HashSet<>();
            List<String> ids = s.equivalents();
            for (int j = 0; j < ids.size(); j++) {
                String id = ids.get(j);
                if (!SERVICE_ID.matcher(id).matches()) {
                    problems.error(at + "/" + j, "catalog.equivalentMalformed", s.id(), id);
                } else if (ServiceIds.provider(id).equals(own)) {
                    problems.error(at + "/" + j, "catalog.equivalentOwnProvider", s.id(), id, own);
                } else if (!seen.add(id)) {
                    problems.error(at + "/" + j, "catalog.equivalentDuplicate", s.id(), id);
                } else {
                    named.add(ServiceIds.provider(id));
                }
            }
        }
        Set<String> sourced = new HashSet<>();
        for (int i = 0; i < catalog.equivalentsSources().size(); i++) {
            EquivalentsSource e = catalog.equivalentsSources().get(i);
            String at = base + "/equivalentsSources/" + i + "/provider";
            if (e.providerId().equals(own)) {
                problems.error(at, "catalog.equivalentsSourceOwnProvider", own);
            } else if (!sourced.add(e.providerId())) {
                problems.error(at, "catalog.equivalentsSourceDuplicate", e.providerId());
            }
        }
        if (wantSources) {
            named.stream().filter(p -> !sourced.contains(p)).forEach(p ->
                    problems.warning(base + "/equivalentsSources", "catalog.equivalentsSourceMissing", p));
        }
    }
}
