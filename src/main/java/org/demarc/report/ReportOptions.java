package org.demarc.report;

/**
 * Choices for one report. The GUI and the command line both use {@link #defaults()}, so the same
 * project gives the same report whichever door it goes through.
 *
 * @param appendix include the appendix (method, catalog version, framework mappings)
 */
public record ReportOptions(boolean appendix, java.nio.file.Path projectFile, org.demarc.report.sections.PreviousChanges changes) {
    public static ReportOptions defaults() {
        return new ReportOptions(true, null, null);
    }

    /**
     * Evidence references are checked against the files (relative paths resolved from the
     * project's folder), and a missing or changed file is flagged in the report.
     */
    /** Adds the "Changes since the previous assessment" section. */
    public ReportOptions withChanges(org.demarc.report.sections.PreviousChanges previous) {
        return new ReportOptions(appendix, projectFile, previous);
    }

    public ReportOptions checkingEvidenceOf(java.nio.file.Path project) {
        return new ReportOptions(appendix, project, changes);
    }
}
