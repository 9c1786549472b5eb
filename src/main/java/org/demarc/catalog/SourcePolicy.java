package org.demarc.catalog;

/**
 * How strictly a catalog's sources are checked. A source that is present must always be an https
 * address; what differs is where it may point and whether a missing one is worth a warning.
 */
public enum SourcePolicy {
    /**
     * A catalog that ships: sources on its provider's own sites only (AWS, Microsoft); a missing
     * one is warned about (and a test fails).
     */
    BUILT_IN,
    /** A catalog file checked with {@code demarc validate}: any https page; a missing source is warned about. */
    USER_FILE,
    /**
     * The snapshot inside a project, or a catalog file read to list, compare or move to: checked,
     * but catalogs written before sources existed load silently.
     */
    EMBEDDED;

    /** Hosts the built-in AWS catalog may cite: AWS documentation and AWS's own pages. */
    static boolean isAwsHost(String host) {
        return host.equals("aws.amazon.com") || host.endsWith(".aws.amazon.com");
    }

    /** Hosts the built-in Azure catalog may cite: Microsoft Learn. */
    static boolean isMicrosoftHost(String host) {
        return host.equals("learn.microsoft.com");
    }
}
