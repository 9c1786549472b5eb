package org.demarc.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import org.demarc.io.ProblemList;
import org.demarc.model.Catalog;
import org.demarc.model.Service;
import org.demarc.model.ServiceOverride;
import org.demarc.model.Source;

/**
 * Checks the sources of a catalog's categories and overrides under a {@link SourcePolicy}: each
 * address present is an https URL (on the provider's own sites for a built-in catalog); entries without one
 * are summed up in a single warning, so a large user catalog does not bury its other problems.
 */
final class SourceCheck {
    private final SourcePolicy policy;
    private List<String> providerDomains = List.of();
    private int missing;
    private String firstMissing;

    SourceCheck(SourcePolicy policy) {
        this.policy = policy;
    }

    void check(Catalog catalog, String base, ProblemList problems) {
        providerDomains = SourcePolicy.providerDomains(catalog.provider().id());
        int entries = catalog.categories().size();
        for (int i = 0; i < catalog.categories().size(); i++) {
            check(catalog.categories().get(i).source(), base + "/categories/" + i, problems);
        }
        for (int i = 0; i < catalog.equivalentsSources().size(); i++) {
            check(catalog.equivalentsSources().get(i).source(), base + "/equivalentsSources/" + i, problems);
        }
        for (int i = 0; i < catalog.services().size(); i++) {
            Service s = catalog.services().get(i);
            String at = base + "/services/" + i;
            entries += check(s.overrides(), at, problems);
            for (int k = 0; k < s.variants().size(); k++) {
                entries += check(s.variants().get(k).overrides(), at + "/variants/" + k, problems);
            }
        }
        // Only for a catalog that is otherwise valid: the errors come first, and this is advice.
        if (missing > 0 && policy != SourcePolicy.EMBEDDED && !problems.hasErrors()) {
            problems.warning(firstMissing, "catalog.sourcesMissing", missing, entries, firstMissing);
        }
    }

    /** The overrides of a service or variant found at {@code at}; returns how many there are. */
    private int check(List<ServiceOverride> overrides, String at, ProblemList problems) {
        for (int j = 0; j < overrides.size(); j++) {
            check(overrides.get(j).source(), at + "/overrides/" + j, problems);
        }
        return overrides.size();
    }

    private void check(Source source, String at, ProblemList problems) {
        if (source == null) {
            if (missing++ == 0) {
                firstMissing = at;
            }
            return;
        }
        String host = httpsHost(source.url());
        if (host == null) {
            problems.error(at + "/source/url", "catalog.sourceNotHttps", source.url());
        } else if (policy == SourcePolicy.BUILT_IN && !SourcePolicy.isOnDomains(host, providerDomains)) {
            problems.error(at + "/source/url", "catalog.sourceNotProvider", source.url(),
                    String.join(", ", providerDomains));
        }
    }

    /** The lower-case host of an absolute https URL, or null when the text is not one. */
    static String httpsHost(String url) {
        try {
            URI uri = new URI(url);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                return null;
            }
            return uri.getHost().toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
