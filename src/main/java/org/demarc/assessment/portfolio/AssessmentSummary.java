package org.demarc.assessment.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.demarc.assessment.SignOffState;
import org.demarc.assessment.analysis.AssessmentAnalysis;
import org.demarc.assessment.analysis.Gap;
import org.demarc.model.Assessment;
import org.demarc.model.HistoryEvent;

/**
 * One line of a portfolio: who and what the assessment is about, where it stands, and how much is
 * left open. Open gaps are counted by priority band (see {@link #band}); a remediation is overdue
 * when its gap is still open and its due date lies before {@code today}.
 */
public record AssessmentSummary(String title, String client, String workload, List<String> providers,
                                SignOffState state, double coverage, int highGaps, int mediumGaps, int lowGaps,
                                int overdue, Instant lastChange) {
    /** Priority is weight (1 to 5) times 1 or 2: 7 and above is high, 4 to 6 medium, below that low. */
    public enum Band { HIGH, MEDIUM, LOW }

    public AssessmentSummary {
        providers = List.copyOf(providers);
    }

    public static Band band(int priority) {
        return priority >= 7 ? Band.HIGH : priority >= 4 ? Band.MEDIUM : Band.LOW;
    }

    public int openGaps() {
        return highGaps + mediumGaps + lowGaps;
    }

    public static AssessmentSummary of(Assessment a, LocalDate today) {
        AssessmentAnalysis analysis = new AssessmentAnalysis(a);
        int[] byBand = new int[Band.values().length];
        int overdue = 0;
        for (Gap g : analysis.gapsByPriority()) {
            byBand[band(g.priority()).ordinal()]++;
            LocalDate due = g.answer().remediation().dueDate();
            if (due != null && due.isBefore(today)) {
                overdue++;
            }
        }
        Instant last = a.history().stream().map(HistoryEvent::at).max(Instant::compareTo).orElse(null);
        return new AssessmentSummary(a.engagement().title(), a.engagement().client(), a.engagement().workload(),
                a.catalog().providers().stream().map(org.demarc.model.Provider::name).toList(), SignOffState.of(a), analysis.coverage(),
                byBand[Band.HIGH.ordinal()], byBand[Band.MEDIUM.ordinal()], byBand[Band.LOW.ordinal()], overdue, last);
    }
}
