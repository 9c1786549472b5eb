package org.demarc.ui.wizard.review;

import java.util.List;
import java.util.Map;

import javafx.beans.binding.ObjectBinding;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Control;
import org.demarc.model.Responsibility;
import org.demarc.assessment.analysis.AssessmentAnalysis;
import org.demarc.assessment.analysis.DomainProgress;
import org.demarc.assessment.analysis.Gap;
import org.demarc.ui.session.AssessmentSession;

/** The figures of the review step, read from the session's current analysis. */
public final class ReviewViewModel {
    private final AssessmentSession session;

    public ReviewViewModel(AssessmentSession session) {
        this.session = session;
    }

    private AssessmentAnalysis analysis() {
        return session.analysis();
    }

    /** Changes with every edit; the figures below are read from its current value. */
    public ObjectBinding<AssessmentAnalysis> analysisProperty() {
        return session.analysisProperty();
    }

    public boolean hasData() {
        return analysis() != null && !analysis().workList().isEmpty();
    }

    public List<DomainProgress> coverageByDomain() {
        return analysis() == null ? List.of() : analysis().progressByDomain();
    }

    public Map<AnswerStatus, Integer> statusDistribution() {
        return analysis() == null ? Map.of() : analysis().statusDistribution();
    }

    public Map<Responsibility, Integer> responsibilitySplit() {
        return analysis() == null ? Map.of() : analysis().responsibilitySplit();
    }

    public List<Gap> gaps() {
        return analysis() == null ? List.of() : analysis().gapsByPriority();
    }

    public List<Control> unanswered() {
        return analysis() == null ? List.of() : analysis().unanswered();
    }

    public List<Control> flagged() {
        return analysis() == null ? List.of() : analysis().flagged();
    }

    public double coverage() {
        return analysis() == null ? 0 : analysis().coverage();
    }

    public int asked() {
        return analysis() == null ? 0 : analysis().workList().size();
    }

    public int answered() {
        return analysis() == null ? 0 : asked() - analysis().unanswered().size();
    }
}
