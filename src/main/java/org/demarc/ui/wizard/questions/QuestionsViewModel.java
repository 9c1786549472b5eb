package org.demarc.ui.wizard.questions;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.demarc.assessment.analysis.ControlFilter;
import org.demarc.assessment.analysis.DomainProgress;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Control;
import org.demarc.model.Domain;
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
    private final ObservableList<Control> chosen = FXCollections.observableArrayList();
    private final ObjectProperty<ControlFilter> filter = new SimpleObjectProperty<>(ControlFilter.ALL);
    private final ReadOnlyObjectWrapper<Set<String>> notMatching = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyIntegerWrapper matching = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ObservableList<Domain> domains = FXCollections.observableArrayList();
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Map<String, ControlMark>> marks = new ReadOnlyObjectWrapper<>(Map.of());
    private final ObservableList<DomainProgress> progress = FXCollections.observableArrayList();
    private final AnswerFormViewModel form;
    private final EvidenceViewModel evidence;
    private final ServiceExceptionsViewModel exceptions;
    private final ProviderEvidenceViewModel providerEvidence;
    private final BulkAnswersViewModel bulk;
    private final WorkshopViewModel workshop;
    private final ReadOnlyIntegerWrapper parkedCount = new ReadOnlyIntegerWrapper();

    public QuestionsViewModel(AssessmentSession session, Supplier<LocalDate> today) {
        this.session = session;
        selection = new SelectedAnswer(session, today);
        form = new AnswerFormViewModel(selection);
        evidence = new EvidenceViewModel(selection);
        exceptions = new ServiceExceptionsViewModel(selection);
        providerEvidence = new ProviderEvidenceViewModel(selection);
        bulk = new BulkAnswersViewModel(selection, chosen);
        workshop = new WorkshopViewModel(selection);
        session.analysisProperty().addListener((obs, o, n) -> refresh());
        filter.addListener((obs, o, n) -> refresh());
        refresh();
    }

    /**
     * The list shows the controls matching the filter, and always the ones being worked on (the
     * selected control and the controls chosen for a bulk answer), even once they stop matching:
     * an edit never pulls the control away under the user. Those are marked as not matching and
     * leave the list when the selection moves on ({@link #settle}).
     */
    private void refresh() {
        AssessmentAnalysis an = session.analysis();
        List<Control> work = an == null ? List.of() : an.workList();
        Set<Control> matches = an == null ? Set.of() : new HashSet<>(filter.get().apply(an));
        parkedCount.set(an == null ? 0 : an.parked().size());
        Control keep = selection.controlProperty().get();
        Set<Control> working = new HashSet<>(chosen);
        if (keep != null) {
            working.add(keep);
        }
        ListEdits.sync(items, work.stream().filter(c -> matches.contains(c) || working.contains(c)).toList());
        Set<String> outside = new HashSet<>();
        items.stream().filter(c -> !matches.contains(c)).forEach(c -> outside.add(c.id()));
        if (!outside.equals(notMatching.get())) {
            notMatching.set(Set.copyOf(outside));
        }
        matching.set(matches.size());
        total.set(work.size());
        if (keep != null && !work.contains(keep)) {
            selection.controlProperty().set(items.isEmpty() ? null : items.get(0));
        } else if (keep == null && !items.isEmpty()) {
            selection.controlProperty().set(items.get(0));
        }
        refreshMarks(an);
        refreshChoices(an);
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

    private void refreshChoices(AssessmentAnalysis an) {
        List<Domain> inWork = an == null ? List.of() : an.assessment().catalog().domains().stream()
                .filter(d -> an.workList().stream().anyMatch(c -> c.domainId().equals(d.id()))).toList();
        ListEdits.sync(domains, inWork);
        ListEdits.sync(owners, an == null ? List.of() : ControlFilter.owners(an));
    }

    /**
     * Drops the controls kept for being worked on once they are no longer selected. Called after
     * the selection moved (by the view once the list has finished its own selection change).
     */
    public void settle() {
        refresh();
    }
    public ObservableList<Control> items() {
        return items;
    }

    /** The controls chosen in the list for a bulk answer (the selected one among them). */
    public ObservableList<Control> chosen() {
        return chosen;
    }

    public ObjectProperty<ControlFilter> filterProperty() {
        return filter;
    }

    /** Ids of listed controls that do not match the filter: kept because they are being worked on. */
    public ReadOnlyObjectProperty<Set<String>> notMatchingProperty() {
        return notMatching.getReadOnlyProperty();
    }

    public boolean matchesFilter(Control c) {
        return !notMatching.get().contains(c.id());
    }

    /** How many controls of the work list match the filter. */
    public ReadOnlyIntegerProperty matchingProperty() {
        return matching.getReadOnlyProperty();
    }

    /** How many controls the work list has. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The domains of the work list, for the domain filter. */
    public ObservableList<Domain> domains() {
        return domains;
    }

    /** The owners and remediation owners named in the answers, for the owner filter. */
    public ObservableList<String> owners() {
        return owners;
    }

    public BulkAnswersViewModel bulk() {
        return bulk;
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
            chosen.clear();
            selection.controlProperty().set(c);
            settle();
        });
    }

    /**
     * Selects the control whose id is the text typed (ignoring case) and clears the search, so the
     * list shows the control among its neighbours; false when no control has that id.
     */
    public boolean jumpTo(String text) {
        AssessmentAnalysis an = session.analysis();
        Optional<Control> found = an == null ? Optional.empty() : ControlFilter.byId(an, text);
        found.ifPresent(c -> {
            filter.set(filter.get().withText(""));
            select(c.id());
        });
        return found.isPresent();
    }

    /** Selects the first control matching the filter, if any. */
    public void selectFirstMatch() {
        items.stream().filter(this::matchesFilter).findFirst().ifPresent(c -> select(c.id()));
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

    /**
     * Who does what for the control in words: its own wording for one provider; over several
     * providers, each provider with services in scope named with its own catalog's words.
     */
    public String parts(Control c, java.util.function.Function<Control, String> part) {
        return org.demarc.assessment.ProviderWording.of(session.assessment(), c, part);
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
        chosen.clear();
        selection.controlProperty().set(items.get(j));
        settle();
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
