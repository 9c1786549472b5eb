package org.demarc.project.portfolio;

import java.nio.file.Path;

import org.demarc.assessment.portfolio.AssessmentSummary;

/**
 * One project file of a portfolio, or one folder that could not be searched: its summary, or the
 * one-line problem that kept it from being read (then the summary is null).
 */
public record PortfolioEntry(Path file, String relativePath, AssessmentSummary summary, String problem) {
    public boolean isBroken() {
        return summary == null;
    }
}
