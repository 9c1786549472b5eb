package org.demarc.ui.wizard.questions;

import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Remediation;
import org.demarc.ui.common.I18n;

/**
 * The answer form of the selected control: status, justification, finding, internal comment,
 * owner, remediation and the review flag as properties the view binds both ways. A property
 * writes only its own component of the answer, so showing another control's answer (which sets
 * every property to what the session holds) writes nothing back.
 */
public final class AnswerFormViewModel {
    private final SelectedAnswer selected;
    private final ObjectProperty<AnswerStatus> status = new SimpleObjectProperty<>();
    private final StringProperty justification = new SimpleStringProperty("");
    private final StringProperty finding = new SimpleStringProperty("");
    private final StringProperty comment = new SimpleStringProperty("");
    private final StringProperty owner = new SimpleStringProperty("");
    private final StringProperty remediationAction = new SimpleStringProperty("");
    private final StringProperty remediationOwner = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> remediationDue = new SimpleObjectProperty<>();
    private final BooleanProperty flagged = new SimpleBooleanProperty();
    private final BooleanBinding justificationNeeded;
    private final StringBinding justificationError;
    private final StringBinding statusHint;
    private final BooleanBinding open;

    AnswerFormViewModel(SelectedAnswer selected) {
        this.selected = selected;
        selected.answerProperty().addListener((obs, o, n) -> pull(n));
        pull(selected.answerProperty().get());
        status.addListener((obs, o, n) -> pushStatus(n));
        push(justification, "justification", Answer::withJustification);
        push(finding, "finding", Answer::withFinding);
        push(comment, "comment", Answer::withComment);
        push(owner, "owner", Answer::withOwner);
        push(remediationAction, "remediation.action",
                (a, v) -> a.withRemediation(new Remediation(v, a.remediation().owner(), a.remediation().dueDate())));
        push(remediationOwner, "remediation.owner",
                (a, v) -> a.withRemediation(new Remediation(a.remediation().action(), v, a.remediation().dueDate())));
        push(remediationDue, "remediation.due",
                (a, v) -> a.withRemediation(new Remediation(a.remediation().action(), a.remediation().owner(), v)));
        flagged.addListener((obs, o, n) -> selected.edit(null, a -> a.withFlagged(n)));
        justificationNeeded = Bindings.createBooleanBinding(() -> status.get() != null
                && status.get().requiresJustification(), status);
        justificationError = Bindings.createStringBinding(() -> justificationNeeded.get()
                && justification.get().isBlank() ? I18n.t("question.justification.missing") : "",
                justificationNeeded, justification);
        statusHint = Bindings.createStringBinding(() -> selected.answerProperty().get() == null
                ? I18n.t("question.status.hint") : "", selected.answerProperty());
        open = Bindings.createBooleanBinding(() -> selected.editableProperty().get()
                && selected.answerProperty().get() != null, selected.editableProperty(), selected.answerProperty());
    }

    private <T> void push(Property<T> property, String field, BiFunction<Answer, T, Answer> change) {
        property.addListener((obs, o, n) -> selected.edit(field, a -> change.apply(a, n)));
    }

    /** A status chosen in the form; choosing the one the answer has is not a new confirmation. */
    private void pushStatus(AnswerStatus n) {
        Answer a = selected.answerProperty().get();
        if (n != null && (a == null || a.status() != n)) {
            selected.setStatus(n);
        }
    }

    private void pull(Answer a) {
        Remediation r = a == null ? Answer.NO_REMEDIATION : a.remediation();
        status.set(a == null ? null : a.status());
        justification.set(text(a, Answer::justification));
        finding.set(text(a, Answer::finding));
        comment.set(text(a, Answer::comment));
        owner.set(text(a, Answer::owner));
        remediationAction.set(r.action());
        remediationOwner.set(r.owner());
        remediationDue.set(r.dueDate());
        flagged.set(a != null && a.flagged());
    }

    private static String text(Answer a, Function<Answer, String> field) {
        return a == null ? "" : field.apply(a);
    }

    public ObjectProperty<AnswerStatus> statusProperty() {
        return status;
    }

    public StringProperty justificationProperty() {
        return justification;
    }

    public StringProperty findingProperty() {
        return finding;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public StringProperty remediationActionProperty() {
        return remediationAction;
    }

    public StringProperty remediationOwnerProperty() {
        return remediationOwner;
    }

    public ObjectProperty<LocalDate> remediationDueProperty() {
        return remediationDue;
    }

    public BooleanProperty flaggedProperty() {
        return flagged;
    }

    /** Not applicable and alternative need a justification; the field shows only for them. */
    public BooleanBinding justificationNeededProperty() {
        return justificationNeeded;
    }

    public StringBinding justificationErrorProperty() {
        return justificationError;
    }

    public StringBinding statusHintProperty() {
        return statusHint;
    }

    /** The fields open once the control has an answer, and stay closed while read-only. */
    public BooleanBinding openProperty() {
        return open;
    }
}
