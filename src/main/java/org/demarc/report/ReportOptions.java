package org.demarc.report;

import java.nio.file.Path;

import org.demarc.model.Assessment;

/**
 * Choices for one report. The GUI and the command line both start from {@link #defaults()} and
 * add the same choices, so the same inputs give the same report whichever door they go through.
 *
 * @param appendix    include the appendix (method, catalog version, framework mappings)
 * @param projectFile the project's file, to check evidence references against; null: not checked
 * @param previous    the previous assessment, for "Changes since the previous assessment"; null: no such section
 */
public record ReportOptions(boolean appendix, Path projectFile, Assessment previous) {
    public static ReportOptions defaults() {
        return new ReportOptions(true, null, null);
    }

    /**
     * Evidence references are checked against the files (relative paths resolved from the
     * project's folder), and a missing or changed file is flagged in the report.
     */
    public ReportOptions checkingEvidenceOf(Path project) {
        return new ReportOptions(appendix, project, previous);
    }

    /** Adds the "Changes since the previous assessment" section; the report compares the two itself. */
    public ReportOptions comparedWith(Assessment previousAssessment) {
        return new ReportOptions(appendix, projectFile, previousAssessment);
    }
}
