package org.demarc.assessment.analysis;

import java.util.ArrayList;
import java.util.List;

import org.demarc.model.Answer;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.model.Messages;

/** What still stands between an assessment and its sign-off, in words the auditor can act on. */
public final class Completeness {
    private Completeness() {
    }

    /** The engagement is complete with a title, a client and dates in order. */
    public static boolean engagementComplete(org.demarc.model.Engagement e) {
        return !e.title().isBlank() && !e.client().isBlank()
                && (e.startDate() == null || e.endDate() == null || !e.endDate().isBefore(e.startDate()));
    }

    public static List<String> missingForSignOff(AssessmentAnalysis analysis) {
        Assessment a = analysis.assessment();
        List<String> missing = new ArrayList<>();
        if (a.engagement().title().isBlank()) {
            missing.add(Messages.get("completeness.noTitle"));
        }
        if (a.engagement().client().isBlank()) {
            missing.add(Messages.get("completeness.noClient"));
        }
        if (a.scope().isEmpty()) {
            missing.add(Messages.get("completeness.noScope"));
        }
        List<Control> unanswered = analysis.unanswered();
        List<String> questions = unanswered.stream().filter(c -> !analysis.isInherited(c)).map(Control::id).toList();
        List<String> inherited = unanswered.stream().filter(analysis::isInherited).map(Control::id).toList();
        if (!questions.isEmpty()) {
            missing.add(Messages.get("completeness.unanswered", questions.size(), abbreviate(questions)));
        }
        if (!inherited.isEmpty()) {
            missing.add(Messages.get("completeness.unacknowledged", inherited.size(), abbreviate(inherited)));
        }
        List<String> noJustification = analysis.workList().stream()
                .filter(c -> a.answer(c.id()).map(Answer::missingJustification).orElse(false))
                .map(Control::id).toList();
        if (!noJustification.isEmpty()) {
            missing.add(Messages.get("completeness.justification", noJustification.size(), abbreviate(noJustification)));
        }
        return missing;
    }

    static String abbreviate(List<String> ids) {
        return ids.size() <= 8 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 8)) + ", …";
    }
}
