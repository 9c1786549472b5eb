package org.demarc.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one scanner run showed for one control, as the auditor accepted it: the tool, the scan file
 * (path as for {@link EvidenceReference}, its SHA-256 and size), the scan date, how many checks
 * passed, failed or need a manual look, the highest severity among the failures, the check ids and
 * the failing resources with their region. It is evidence only: it never sets the answer's status.
 * {@code internal} evidence is for the assessment team: the client report leaves it out.
 */
public record ScanEvidence(String tool, String scanFile, String sha256, long size, LocalDate scanDate,
                           int passed, int failed, int manual, String severity, List<String> checks,
                           List<String> failingResources, boolean internal) {

    public ScanEvidence {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(scanFile, "scanFile");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(severity, "severity");
        if (size < 0 || passed < 0 || failed < 0 || manual < 0) {
            throw new IllegalArgumentException("sizes and counts must not be negative");
        }
        checks = List.copyOf(checks);
        failingResources = List.copyOf(failingResources);
    }

    /** Evidence the client report shows. */
    public ScanEvidence(String tool, String scanFile, String sha256, long size, LocalDate scanDate,
                        int passed, int failed, int manual, String severity, List<String> checks,
                        List<String> failingResources) {
        this(tool, scanFile, sha256, size, scanDate, passed, failed, manual, severity, checks, failingResources,
                false);
    }
}
