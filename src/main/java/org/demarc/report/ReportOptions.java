package org.demarc.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.demarc.model.Assessment;

/**
 * Choices for one report. The GUI and the command line both start from {@link #defaults()} and
 * add the same choices, so the same inputs give the same report whichever door they go through.
 *
 * @param appendix      include the appendix (method, catalog version, framework mappings)
 * @param projectFile   the project's file, to check evidence references against; null: not checked
 * @param previous      the previous assessment, for "Changes since the previous assessment"; null: no such section
 * @param evidenceRoots folders besides the project's whose evidence files may be read
 */
public record ReportOptions(boolean appendix, Path projectFile, Assessment previous, List<Path> evidenceRoots) {
    public ReportOptions {
        evidenceRoots = List.copyOf(evidenceRoots);
    }

    public static ReportOptions defaults() {
        return new ReportOptions(true, null, null, List.of());
    }

    /**
     * Evidence references under the project's folder are checked against the files (relative
     * paths resolved from that folder), and a missing or changed file is flagged in the report;
     * any other reference is reported as not checked, without being opened.
     */
    public ReportOptions checkingEvidenceOf(Path project) {
        return new ReportOptions(appendix, project, previous, evidenceRoots);
    }

    /** A further folder whose evidence files the user allows to be read (the command line's --evidence-root). */
    public ReportOptions readingEvidenceUnder(Path folder) {
        List<Path> roots = new ArrayList<>(evidenceRoots);
        roots.add(folder);
        return new ReportOptions(appendix, projectFile, previous, roots);
    }

    /** Adds the "Changes since the previous assessment" section; the report compares the two itself. */
    public ReportOptions comparedWith(Assessment previousAssessment) {
        return new ReportOptions(appendix, projectFile, previousAssessment, evidenceRoots);
    }
}
