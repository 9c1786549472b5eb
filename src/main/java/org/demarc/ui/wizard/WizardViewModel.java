package org.demarc.ui.wizard;

import java.util.EnumMap;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.demarc.model.Assessment;
import org.demarc.assessment.analysis.AssessmentAnalysis;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.assessment.analysis.Completeness;

/**
 * Which step is shown and what state each step is in. Workshops jump around: once the engagement
 * has a title and the scope a service, every step is reachable; only sign-off checks completeness.
 */
public final class WizardViewModel {
    private final AssessmentSession session;
    private final ObjectProperty<WizardStep> current = new SimpleObjectProperty<>(WizardStep.START);
    private final Map<WizardStep, ObjectBinding<StepState>> states = new EnumMap<>(WizardStep.class);

    public WizardViewModel(AssessmentSession session) {
        this.session = session;
        for (WizardStep step : WizardStep.values()) {
            states.put(step, Bindings.createObjectBinding(() -> stateOf(step), session.analysisProperty()));
        }
        session.assessmentProperty().addListener((obs, o, n) -> {
            if (n == null) {
                current.set(WizardStep.START);
            } else if (o == null && current.get() == WizardStep.START) {
                current.set(WizardStep.ENGAGEMENT);
            }
        });
    }

    public ObjectProperty<WizardStep> currentProperty() {
        return current;
    }

    public ObjectBinding<StepState> stateProperty(WizardStep step) {
        return states.get(step);
    }

    /** Moves to a step if it is reachable; returns whether it moved. */
    public boolean go(WizardStep step) {
        if (stateOf(step) == StepState.LOCKED) {
            return false;
        }
        current.set(step);
        return true;
    }

    StepState stateOf(WizardStep step) {
        AssessmentAnalysis analysis = session.analysis();
        if (step == WizardStep.START) {
            return analysis == null ? StepState.INCOMPLETE : StepState.DONE;
        }
        if (analysis == null) {
            return StepState.LOCKED;
        }
        Assessment a = analysis.assessment();
        boolean unlocked = !a.engagement().title().isBlank() && !a.scope().isEmpty();
        return switch (step) {
            case ENGAGEMENT -> Completeness.engagementComplete(a.engagement()) ? StepState.DONE : StepState.INCOMPLETE;
            case SERVICES -> a.scope().isEmpty() ? StepState.INCOMPLETE : StepState.DONE;
            case RESPONSIBILITY -> unlocked ? StepState.DONE : StepState.LOCKED;
            case QUESTIONS, REVIEW -> !unlocked ? StepState.LOCKED
                    : analysis.unanswered().isEmpty() ? StepState.DONE : StepState.INCOMPLETE;
            case SIGN_OFF, EXPORT -> !unlocked ? StepState.LOCKED
                    : a.isSignedOff() ? StepState.DONE : StepState.INCOMPLETE;
            default -> StepState.DONE;
        };
    }
}
