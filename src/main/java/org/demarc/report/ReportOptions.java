package org.demarc.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.demarc.model.Assessment;

/**
 * Choices for one report. The GUI and the command line both start from {@link #defaults()} and
 * add the same choices, so the same inputs give the same report whichever door they go through.
 *
 * @param appendix      include the appendix (method, catalog version, framework mappings)
 * @param projectFile   the project's file, to check evidence references against; null: not checked
 * @param previous      the previous assessment, for "Changes since the previous assessment"; null: no such section
 * @param evidenceRoots folders besides the project's whose evidence files may be read
 * @param part          the whole report or an excerpt of it
 */
public record ReportOptions(boolean appendix, Path projectFile, Assessment previous, List<Path> evidenceRoots,
                            ReportPart part) {
    public ReportOptions {
        evidenceRoots = List.copyOf(evidenceRoots);
        Objects.requireNonNull(part, "part");
    }

    public static ReportOptions defaults() {
        return new ReportOptions(true, null, null, List.of(), ReportPart.full());
    }

    /**
     * Evidence references under the project's folder are checked against the files (relative
     * paths resolved from that folder), and a missing or changed file is flagged in the report;
     * any other reference is reported as not checked, without being opened.
     */
    public ReportOptions checkingEvidenceOf(Path project) {
        return new ReportOptions(appendix, project, previous, evidenceRoots, part);
    }

    /** A further folder whose evidence files the user allows to be read (the command line's --evidence-root). */
    public ReportOptions readingEvidenceUnder(Path folder) {
        List<Path> roots = new ArrayList<>(evidenceRoots);
        roots.add(folder);
        return new ReportOptions(appendix, projectFile, previous, roots, part);
    }

    /** Adds the "Changes since the previous assessment" section; the report compares the two itself. */
    public ReportOptions comparedWith(Assessment previousAssessment) {
        return new ReportOptions(appendix, projectFile, previousAssessment, evidenceRoots, part);
    }

    /** Only a part of the report (an excerpt, marked as one on the cover and every page). */
    public ReportOptions only(ReportPart chosen) {
        return new ReportOptions(appendix, projectFile, previous, evidenceRoots, chosen);
    }
}
