package org.demarc.interop.scan;

import java.util.List;

/**
 * A check whose findings reached no control, with why: {@code requirements} empty means neither the
 * finding nor Prowler's mapping names a NIST/ISO requirement (and its service has no route);
 * otherwise none of those requirements is mapped by a control of the catalog.
 */
public record UnmappedCheck(String checkId, String service, long findings, List<String> requirements) {
    public UnmappedCheck {
        requirements = List.copyOf(requirements);
    }
}
