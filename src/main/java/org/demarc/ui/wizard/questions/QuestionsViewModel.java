package org.demarc.ui.wizard.questions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.model.EvidenceReference;
import org.demarc.model.ProviderEvidence;
import org.demarc.model.Remediation;
import org.demarc.model.Service;
import org.demarc.model.ServiceException;
import org.demarc.assessment.analysis.AssessmentAnalysis;
import org.demarc.ui.session.AssessmentSession;

/**
 * The questions step: the list of controls to answer or acknowledge, the selected one, and every
 * edit of its answer. Keyboard commands (status, next, previous, next unanswered) are methods here
 * so they can be tested without a window.
 */
public final class QuestionsViewModel {
    private final AssessmentSession session;
    private final Supplier<LocalDate> today;
    private final ObservableList<Control> items = FXCollections.observableArrayList();
    private final ObjectProperty<QuestionFilter> filter = new SimpleObjectProperty<>(QuestionFilter.ALL);
    private final ObjectProperty<Control> selected = new SimpleObjectProperty<>();
    private final ObjectBinding<Answer> answer;
    private final BooleanBinding inherited;
    private final BooleanBinding editable;

    public QuestionsViewModel(AssessmentSession session, Supplier<LocalDate> today) {
        this.session = session;
        this.today = today;
        session.analysisProperty().addListener((obs, o, n) -> refresh());
        filter.addListener((obs, o, n) -> refresh());
        answer = Bindings.createObjectBinding(() -> {
            Assessment a = session.assessment();
            Control c = selected.get();
            return a == null || c == null ? null : a.answers().get(c.id());
        }, selected, session.assessmentProperty());
        inherited = Bindings.createBooleanBinding(() -> {
            AssessmentAnalysis an = session.analysis();
            return an != null && selected.get() != null && an.isInherited(selected.get());
        }, selected, session.analysisProperty());
        editable = Bindings.createBooleanBinding(() -> selected.get() != null && !session.readOnlyProperty().get(),
                selected, session.readOnlyProperty());
        refresh();
    }

    private void refresh() {
        AssessmentAnalysis an = session.analysis();
        List<Control> list = an == null ? List.of() : switch (filter.get()) {
            case ALL -> an.workList();
            case UNANSWERED -> an.unanswered();
            case FLAGGED -> an.flagged();
        };
        Control keep = selected.get();
        if (!items.equals(list)) {
            // Keep the selected control listed while it is being worked on, even if it no longer matches.
            List<Control> shown = new ArrayList<>(list);
            if (keep != null && !shown.contains(keep) && an != null && an.workList().contains(keep)) {
                shown.add(Math.min(insertionPoint(an.workList(), shown, keep), shown.size()), keep);
            }
            items.setAll(shown);
        }
        if (keep != null && (an == null || !an.workList().contains(keep))) {
            selected.set(items.isEmpty() ? null : items.get(0));
        } else if (keep == null && !items.isEmpty()) {
            selected.set(items.get(0));
        }
    }

    private static int insertionPoint(List<Control> order, List<Control> shown, Control c) {
        int rank = order.indexOf(c);
        int i = 0;
        while (i < shown.size() && order.indexOf(shown.get(i)) < rank) {
            i++;
        }
        return i;
    }

    public ObservableList<Control> items() {
        return items;
    }

    public ObjectProperty<QuestionFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<Control> selectedProperty() {
        return selected;
    }

    public ObjectBinding<Answer> answerProperty() {
        return answer;
    }

    public BooleanBinding inheritedProperty() {
        return inherited;
    }

    public BooleanBinding editableProperty() {
        return editable;
    }

    public void select(String controlId) {
        AssessmentAnalysis an = session.analysis();
        if (an == null) {
            return;
        }
        an.workList().stream().filter(c -> c.id().equals(controlId)).findFirst().ifPresent(c -> {
            if (!items.contains(c)) {
                filter.set(QuestionFilter.ALL);
            }
            selected.set(c);
        });
    }

    /** Services in scope where the customer holds a share of the selected control. */
    public List<Service> servicesWithShare() {
        AssessmentAnalysis an = session.analysis();
        Control c = selected.get();
        return an == null || c == null ? List.of() : an.matrix().servicesWithCustomerShare(c.id());
    }

    public List<Service> servicesInScope() {
        AssessmentAnalysis an = session.analysis();
        return an == null ? List.of() : an.matrix().services();
    }

    /** The statuses offered for the selected control: inherited controls are acknowledged. */
    public List<AnswerStatus> allowedStatuses() {
        if (inherited.get()) {
            return List.of(AnswerStatus.INHERITED);
        }
        return List.of(AnswerStatus.IMPLEMENTED, AnswerStatus.PARTIAL, AnswerStatus.NOT_IMPLEMENTED,
                AnswerStatus.NOT_APPLICABLE, AnswerStatus.ALTERNATIVE);
    }

    // ------------------------------------------------------------------ edits

    public void setStatus(AnswerStatus status) {
        Control c = selected.get();
        if (c == null || !allowedStatuses().contains(status)) {
            return;
        }
        change(c, null, a -> {
            Answer base = a == null ? Answer.of(status) : a.withStatus(status);
            return confirmed(base);
        });
    }

    public void clearAnswer() {
        Control c = selected.get();
        if (c != null) {
            session.edit(null, as -> as.withAnswer(c.id(), null));
        }
    }

    public void setFinding(String text) {
        changeText("finding", a -> a.withFinding(text));
    }

    public void setComment(String text) {
        changeText("comment", a -> a.withComment(text));
    }

    public void setJustification(String text) {
        changeText("justification", a -> a.withJustification(text));
    }

    public void setOwner(String owner) {
        changeText("owner", a -> a.withOwner(owner));
    }

    public void setRemediation(Remediation r) {
        changeText("remediation", a -> a.withRemediation(r));
    }

    public void toggleFlag() {
        Control c = selected.get();
        if (c != null && answer.get() != null) {
            change(c, null, a -> a.withFlagged(!a.flagged()));
        }
    }

    public void setFlagged(boolean flagged) {
        Control c = selected.get();
        if (c != null && answer.get() != null) {
            change(c, null, a -> a.withFlagged(flagged));
        }
    }

    public void addEvidence(EvidenceReference ref) {
        editLists(a -> withLists(a, append(a.evidence(), ref), a.providerEvidence(), a.exceptions()));
    }

    public void removeEvidence(int index) {
        editLists(a -> withLists(a, without(a.evidence(), index), a.providerEvidence(), a.exceptions()));
    }

    /** Adding provider evidence to an inherited control acknowledges it. */
    public void addProviderEvidence(ProviderEvidence pe) {
        Control c = selected.get();
        if (c == null) {
            return;
        }
        change(c, null, a -> {
            Answer base = a == null ? Answer.of(AnswerStatus.INHERITED) : a;
            return confirmed(withLists(base, base.evidence(), append(base.providerEvidence(), pe), base.exceptions()));
        });
    }

    public void removeProviderEvidence(int index) {
        editLists(a -> withLists(a, a.evidence(), without(a.providerEvidence(), index), a.exceptions()));
    }

    public void addException(ServiceException x) {
        editLists(a -> withLists(a, a.evidence(), a.providerEvidence(),
                append(a.exceptions().stream().filter(e -> !e.serviceId().equals(x.serviceId())).toList(), x)));
    }

    public void removeException(String serviceId) {
        editLists(a -> withLists(a, a.evidence(), a.providerEvidence(),
                a.exceptions().stream().filter(e -> !e.serviceId().equals(serviceId)).toList()));
    }

    private void editLists(UnaryOperator<Answer> change) {
        Control c = selected.get();
        if (c != null && answer.get() != null) {
            change(c, null, change);
        }
    }

    private void changeText(String field, UnaryOperator<Answer> change) {
        Control c = selected.get();
        if (c != null && answer.get() != null) {
            change(c, field + ":" + c.id(), change);
        }
    }

    private void change(Control c, String key, UnaryOperator<Answer> change) {
        session.edit(key, as -> as.withAnswer(c.id(), change.apply(as.answers().get(c.id()))));
    }

    private Answer confirmed(Answer a) {
        return a.withLastConfirmed(today.get());
    }

    private static Answer withLists(Answer a, List<EvidenceReference> ev, List<ProviderEvidence> pe,
                                    List<ServiceException> ex) {
        return a.withEvidence(ev).withProviderEvidence(pe).withExceptions(ex);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private static <T> List<T> without(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        if (index >= 0 && index < copy.size()) {
            copy.remove(index);
        }
        return copy;
    }

    // ------------------------------------------------------------------ navigation

    public void next() {
        move(1);
    }

    public void previous() {
        move(-1);
    }

    private void move(int delta) {
        if (items.isEmpty()) {
            return;
        }
        int i = items.indexOf(selected.get());
        int j = Math.max(0, Math.min(items.size() - 1, i < 0 ? 0 : i + delta));
        selected.set(items.get(j));
    }

    /** The next unanswered control after the selected one, wrapping around; stays put if none. */
    public void nextUnanswered() {
        AssessmentAnalysis an = session.analysis();
        if (an == null) {
            return;
        }
        List<Control> work = an.workList();
        List<Control> open = an.unanswered();
        if (open.isEmpty()) {
            return;
        }
        int start = work.indexOf(selected.get());
        for (int k = 1; k <= work.size(); k++) {
            Control c = work.get(Math.floorMod(start + k, work.size()));
            if (open.contains(c)) {
                select(c.id());
                return;
            }
        }
    }
}
