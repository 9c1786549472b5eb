package org.demarc.ui.wizard.questions;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.demarc.assessment.analysis.AssessmentAnalysis;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.ui.session.AssessmentSession;

/**
 * The selected control, its answer and the one way to change that answer, shared by the answer
 * form and the editors. An edit is a change of one or a few components of the answer as it is in
 * the session, so writing back a value the session already holds changes nothing.
 */
final class SelectedAnswer {
    private static final List<AnswerStatus> ANSWERS = List.of(AnswerStatus.IMPLEMENTED, AnswerStatus.PARTIAL,
            AnswerStatus.NOT_IMPLEMENTED, AnswerStatus.NOT_APPLICABLE, AnswerStatus.ALTERNATIVE);

    private final AssessmentSession session;
    private final Supplier<LocalDate> today;
    private final ObjectProperty<Control> control = new SimpleObjectProperty<>();
    private final ObjectBinding<Answer> answer;
    private final BooleanBinding inherited;
    private final BooleanBinding editable;

    SelectedAnswer(AssessmentSession session, Supplier<LocalDate> today) {
        this.session = session;
        this.today = today;
        answer = Bindings.createObjectBinding(() -> {
            Assessment a = session.assessment();
            Control c = control.get();
            return a == null || c == null ? null : a.answers().get(c.id());
        }, control, session.assessmentProperty());
        inherited = Bindings.createBooleanBinding(() -> {
            AssessmentAnalysis an = session.analysis();
            return an != null && control.get() != null && an.isInherited(control.get());
        }, control, session.analysisProperty());
        editable = Bindings.createBooleanBinding(() -> control.get() != null && !session.readOnlyProperty().get(),
                control, session.readOnlyProperty());
    }

    ObjectProperty<Control> controlProperty() {
        return control;
    }

    ObjectBinding<Answer> answerProperty() {
        return answer;
    }

    BooleanBinding inheritedProperty() {
        return inherited;
    }

    BooleanBinding editableProperty() {
        return editable;
    }

    AssessmentSession session() {
        return session;
    }

    LocalDate today() {
        return today.get();
    }

    /** Inherited controls are acknowledged, every other one is answered. */
    List<AnswerStatus> allowedStatuses() {
        return inherited.get() ? List.of(AnswerStatus.INHERITED) : ANSWERS;
    }

    /** Sets the status (creating the answer) and records today as the answer's last confirmation. */
    void setStatus(AnswerStatus status) {
        if (allowedStatuses().contains(status)) {
            confirm(a -> a == null ? Answer.of(status) : a.withStatus(status));
        }
    }

    /** Changes or creates the answer and records today as its last confirmation. */
    void confirm(UnaryOperator<Answer> change) {
        Control c = control.get();
        if (c != null) {
            session.edit(null, as -> as.withAnswer(c.id(), change.apply(as.answers().get(c.id()))
                    .withLastConfirmed(today.get())));
        }
    }

    /**
     * Changes the existing answer; nothing happens without one, since the fields open once a status
     * is chosen. Edits of one {@code field} of one control merge into one undo step; null never merges.
     */
    void edit(String field, UnaryOperator<Answer> change) {
        Control c = control.get();
        Answer now = answer.get();
        // Showing another answer writes each field back unchanged: skip those before copying the assessment.
        if (c != null && now != null && !change.apply(now).equals(now)) {
            session.edit(field == null ? null : field + ":" + c.id(),
                    as -> as.withAnswer(c.id(), change.apply(as.answers().get(c.id()))));
        }
    }
}
