package org.demarc.report;

/**
 * Choices for one report. The GUI and the command line both use {@link #defaults()}, so the same
 * project gives the same report whichever door it goes through.
 *
 * @param appendix include the appendix (method, catalog version, framework mappings)
 */
public record ReportOptions(boolean appendix) {
    public static ReportOptions defaults() {
        return new ReportOptions(true);
    }
}
