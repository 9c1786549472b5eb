package org.demarc.interop.scan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One row of a scan: a check's outcome on one resource. {@code nist} and {@code iso} are the
 * requirements the finding itself names (NIST SP 800-53 base controls such as AC-2, ISO/IEC
 * 27001:2022 Annex A ids); {@code provider} is "aws", "azure", "gcp" or empty when the file does not say.
 */
public record ScanFinding(String checkId, ScanStatus status, ScanSeverity severity, String provider,
                          String service, String resource, String region, LocalDate date,
                          List<String> nist, List<String> iso) {
    public ScanFinding {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(region, "region");
        nist = List.copyOf(nist);
        iso = List.copyOf(iso);
    }
}
