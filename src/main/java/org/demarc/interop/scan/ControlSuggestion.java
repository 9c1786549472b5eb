package org.demarc.interop.scan;

import java.util.List;

import org.demarc.model.AnswerStatus;

/**
 * What a scan says about one control, for the auditor to accept or reject: counts of checks
 * passed, failed and to be looked at by hand, the highest severity among the failures, the check
 * ids, failing resources with their region, the catalog services scanned, and a suggested status
 * (null when only manual checks touched it). {@code answered} is false when the control has no
 * answer yet, so there is nothing to attach the evidence to. {@code change} compares with the same
 * tool's previous scan recorded on the answer; null when there is none.
 */
public record ControlSuggestion(String controlId, String title, int passed, int failed, int manual,
                                ScanSeverity severity, List<String> checks, List<String> failingResources,
                                List<String> services, String route, AnswerStatus suggested, boolean answered,
                                ScanChange change) {
    public ControlSuggestion {
        checks = List.copyOf(checks);
        failingResources = List.copyOf(failingResources);
        services = List.copyOf(services);
    }
}
