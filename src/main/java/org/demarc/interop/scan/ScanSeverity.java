package org.demarc.interop.scan;

import java.util.Locale;

/** A finding's severity, lowest first, so the highest of several is their maximum. */
public enum ScanSeverity {
    NONE, INFORMATIONAL, LOW, MEDIUM, HIGH, CRITICAL;

    /** The scanners' words in any case ("critical", "High", "INFORMATIONAL", OCSF's "Info"). */
    static ScanSeverity parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.startsWith("INFO")) {
            return INFORMATIONAL;
        }
        for (ScanSeverity s : values()) {
            if (s.name().equals(t)) {
                return s;
            }
        }
        return NONE;
    }

    /** How the project file and the report write it: lower case, empty for none. */
    public String key() {
        return this == NONE ? "" : name().toLowerCase(Locale.ROOT);
    }

    public static ScanSeverity max(ScanSeverity a, ScanSeverity b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
