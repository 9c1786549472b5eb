package org.demarc.ui.wizard.questions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.demarc.assessment.analysis.AssessmentAnalysis;
import org.demarc.assessment.analysis.DomainProgress;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Control;
import org.demarc.model.Service;
import org.demarc.ui.session.AssessmentSession;

/**
 * The questions step: the list of controls to answer or acknowledge, the selected one, progress by
 * domain, and the form and editors of its answer. Keyboard commands (status, next, previous, next
 * unanswered, flag) are methods here so they can be tested without a window.
 */
public final class QuestionsViewModel {
    /** Ctrl+1 … Ctrl+6 choose these statuses, in this order. */
    public static final List<AnswerStatus> KEY_ORDER = List.of(AnswerStatus.IMPLEMENTED, AnswerStatus.PARTIAL,
            AnswerStatus.NOT_IMPLEMENTED, AnswerStatus.NOT_APPLICABLE, AnswerStatus.ALTERNATIVE, AnswerStatus.INHERITED);

    private final AssessmentSession session;
    private final SelectedAnswer selection;
    private final ObservableList<Control> items = FXCollections.observableArrayList();
    private final ObjectProperty<QuestionFilter> filter = new SimpleObjectProperty<>(QuestionFilter.ALL);
    private final ReadOnlyObjectWrapper<Map<String, ControlMark>> marks = new ReadOnlyObjectWrapper<>(Map.of());
    private final ObservableList<DomainProgress> progress = FXCollections.observableArrayList();
    private final AnswerFormViewModel form;
    private final EvidenceViewModel evidence;
    private final ServiceExceptionsViewModel exceptions;
    private final ProviderEvidenceViewModel providerEvidence;
    private final WorkshopViewModel workshop;
    private final ReadOnlyIntegerWrapper parkedCount = new ReadOnlyIntegerWrapper();

    public QuestionsViewModel(AssessmentSession session, Supplier<LocalDate> today) {
        this.session = session;
        selection = new SelectedAnswer(session, today);
        form = new AnswerFormViewModel(selection);
        evidence = new EvidenceViewModel(selection);
        exceptions = new ServiceExceptionsViewModel(selection);
        providerEvidence = new ProviderEvidenceViewModel(selection);
        workshop = new WorkshopViewModel(selection);
        session.analysisProperty().addListener((obs, o, n) -> refresh());
        filter.addListener((obs, o, n) -> refresh());
        refresh();
    }

    private void refresh() {
        AssessmentAnalysis an = session.analysis();
        List<Control> list = an == null ? List.of() : switch (filter.get()) {
            case ALL -> an.workList();
            case UNANSWERED -> an.unanswered();
            case FLAGGED -> an.flagged();
            case PARKED -> an.parked();
        };
        parkedCount.set(an == null ? 0 : an.parked().size());
        Control keep = selection.controlProperty().get();
        if (!items.equals(list)) {
            // Keep the selected control listed while it is being worked on, even if it no longer matches.
            List<Control> shown = new ArrayList<>(list);
            if (keep != null && !shown.contains(keep) && an != null && an.workList().contains(keep)) {
                shown.add(Math.min(insertionPoint(an.workList(), shown, keep), shown.size()), keep);
            }
            items.setAll(shown);
        }
        if (keep != null && (an == null || !an.workList().contains(keep))) {
            selection.controlProperty().set(items.isEmpty() ? null : items.get(0));
        } else if (keep == null && !items.isEmpty()) {
            selection.controlProperty().set(items.get(0));
        }
        refreshMarks(an);
    }

    /**
     * Typing a note changes the assessment on every keystroke but not what the list or the
     * progress bars show: they change only when a status, a flag or the work list changes.
     */
    private void refreshMarks(AssessmentAnalysis an) {
        Map<String, ControlMark> now = new HashMap<>();
        if (an != null) {
            for (Control c : an.workList()) {
                Answer a = an.assessment().answers().get(c.id());
                now.put(c.id(), a == null ? ControlMark.OPEN : new ControlMark(an.isAnswered(c), a.status(), a.flagged()));
            }
        }
        if (!now.equals(marks.get())) {
            marks.set(Map.copyOf(now));
            progress.setAll(an == null ? List.of() : an.progressByDomain());
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
        return selection.controlProperty();
    }

    public ObjectBinding<Answer> answerProperty() {
        return selection.answerProperty();
    }

    public BooleanBinding inheritedProperty() {
        return selection.inheritedProperty();
    }

    public BooleanBinding editableProperty() {
        return selection.editableProperty();
    }

    /** Replaced (never changed in place) whenever a status, flag or the work list changes. */
    public ReadOnlyObjectProperty<Map<String, ControlMark>> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    public ControlMark mark(Control c) {
        return marks.get().getOrDefault(c.id(), ControlMark.OPEN);
    }

    public ObservableList<DomainProgress> progress() {
        return progress;
    }

    public AnswerFormViewModel form() {
        return form;
    }

    public EvidenceViewModel evidence() {
        return evidence;
    }

    public ServiceExceptionsViewModel exceptions() {
        return exceptions;
    }

    public ProviderEvidenceViewModel providerEvidence() {
        return providerEvidence;
    }

    /** Who confirmed the selected answer, and whether it is parked. */
    public WorkshopViewModel workshop() {
        return workshop;
    }

    /** How many answers are parked, for the "Parked (3)" filter. */
    public ReadOnlyIntegerProperty parkedCountProperty() {
        return parkedCount.getReadOnlyProperty();
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
            selection.controlProperty().set(c);
        });
    }

    /** The name of the control's domain in the assessment's catalog. */
    public String domainName(Control c) {
        var a = session.assessment();
        return a == null ? c.domainId() : a.catalog().domain(c.domainId()).map(d -> d.name()).orElse(c.domainId());
    }

    /** Services in scope where the customer holds a share of the selected control. */
    public List<Service> servicesWithShare() {
        AssessmentAnalysis an = session.analysis();
        Control c = selection.controlProperty().get();
        return an == null || c == null ? List.of() : an.matrix().servicesWithCustomerShare(c.id());
    }

    /** The statuses offered for the selected control: inherited controls are acknowledged. */
    public List<AnswerStatus> allowedStatuses() {
        return selection.allowedStatuses();
    }

    // ------------------------------------------------------------------ commands

    /** Sets the status and confirms the answer today, also when it already has that status. */
    public void setStatus(AnswerStatus status) {
        selection.setStatus(status);
    }

    public void toggleFlag() {
        selection.edit(null, a -> a.withFlagged(!a.flagged()));
    }

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
        int i = items.indexOf(selection.controlProperty().get());
        int j = Math.max(0, Math.min(items.size() - 1, i < 0 ? 0 : i + delta));
        selection.controlProperty().set(items.get(j));
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
        int start = work.indexOf(selection.controlProperty().get());
        for (int k = 1; k <= work.size(); k++) {
            Control c = work.get(Math.floorMod(start + k, work.size()));
            if (open.contains(c)) {
                select(c.id());
                return;
            }
        }
    }
}
