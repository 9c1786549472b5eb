package org.demarc.catalog;

import java.util.List;

/**
 * How strictly a catalog's sources are checked. A source that is present must always be an https
 * address; what differs is where it may point and whether a missing one is worth a warning.
 */
public enum SourcePolicy {
    /**
     * A catalog that ships: sources on its provider's own sites only (AWS, Microsoft or Google);
     * a missing one is warned about (and a test fails).
     */
    BUILT_IN,
    /** A catalog file checked with {@code demarc validate}: any https page; a missing source is warned about. */
    USER_FILE,
    /**
     * The snapshot inside a project, or a catalog file read to list, compare or move to: checked,
     * but catalogs written before sources existed load silently.
     */
    EMBEDDED;

    /**
     * The sites a built-in catalog may cite, by provider id: the provider's documentation and its
     * own pages. A provider Demarc does not ship is held to AWS's sites, the first catalog's rule.
     */
    static List<String> providerDomains(String providerId) {
        return switch (providerId == null ? "" : providerId) {
            case "azure" -> List.of("learn.microsoft.com");
            case "gcp" -> List.of("cloud.google.com");
            default -> List.of("aws.amazon.com");
        };
    }

    /** True when the host is one of the domains or a subdomain of one. */
    static boolean isOnDomains(String host, List<String> domains) {
        return domains.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d));
    }
}
