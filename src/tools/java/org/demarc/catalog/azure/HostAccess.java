package org.demarc.catalog.azure;

/**
 * The category test of the source document: can the customer reach the host's operating system?
 * Full Access is an infrastructure service, No Access an abstracted one; anything in between
 * (the baselines use Read Only) is a container service, where the customer sees the platform but
 * does not run it.
 */
final class HostAccess {
    static final String FULL = "Full Access";
    static final String NONE = "No Access";

    private HostAccess() {
    }

    static String category(String hostAccess) {
        return switch (hostAccess) {
            case FULL -> "INFRASTRUCTURE";
            case NONE -> "ABSTRACTED";
            default -> "CONTAINER";
        };
    }

    static boolean isDecisive(String hostAccess) {
        return FULL.equals(hostAccess) || NONE.equals(hostAccess);
    }
}
