package org.demarc.interop.scan;

/** The outcome of one check on one resource, as the scanners report it. */
public enum ScanStatus {
    PASS, FAIL, MANUAL;

    /** Prowler's and OCSF's PASS/FAIL/MANUAL, ASFF's PASSED/FAILED/WARNING/NOT_AVAILABLE; null when unknown. */
    static ScanStatus parse(String text) {
        return switch (text.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "PASS", "PASSED", "SUCCESS" -> PASS;
            case "FAIL", "FAILED", "FAILURE" -> FAIL;
            case "MANUAL", "WARNING", "NOT_AVAILABLE", "INFO", "UNKNOWN", "OTHER" -> MANUAL;
            default -> null;
        };
    }
}
