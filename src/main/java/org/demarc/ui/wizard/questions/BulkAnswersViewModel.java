package org.demarc.ui.wizard.questions;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.demarc.assessment.BulkAnswers;
import org.demarc.assessment.analysis.AssessmentAnalysis;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Control;
import org.demarc.model.ProviderEvidence;
import org.demarc.ui.common.I18n;
import org.demarc.ui.session.AssessmentSession;

/**
 * Answers for several controls at once: the controls chosen in the list, a plan for a status, a
 * justification or provider evidence shared by the chosen inherited controls, with its summary for the user to
 * confirm, and applying it as one edit, so one undo reverts all of it.
 */
public final class BulkAnswersViewModel {
    private final SelectedAnswer selection;
    private final ObservableList<Control> chosen;
    private final BooleanBinding active;
    private final BooleanBinding canShare;
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper("");

    BulkAnswersViewModel(SelectedAnswer selection, ObservableList<Control> chosen) {
        this.selection = selection;
        this.chosen = chosen;
        active = Bindings.createBooleanBinding(() -> chosen.size() > 1 && selection.editableProperty().get(),
                chosen, selection.editableProperty());
        canShare = Bindings.createBooleanBinding(() -> !sharedEvidence().isEmpty(),
                chosen, selection.session().assessmentProperty());
        chosen.addListener((javafx.collections.ListChangeListener<Control>) c -> done.set(""));
    }

    /** More than one control is chosen and the assessment can be edited. */
    public BooleanBinding activeProperty() {
        return active;
    }

    public ObservableList<Control> chosen() {
        return chosen;
    }

    /** One of the chosen inherited controls holds provider evidence to share with the others. */
    public BooleanBinding canShareProperty() {
        return canShare;
    }

    /** What the last bulk change did, for the line under the bulk buttons; empty before one. */
    public ReadOnlyStringProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public BulkAnswers.Plan planStatus(AnswerStatus status) {
        return BulkAnswers.setStatus(analysis(), chosen, status, selection.today());
    }

    public BulkAnswers.Plan planJustification(String justification) {
        return BulkAnswers.setJustification(analysis(), chosen, justification);
    }

    public BulkAnswers.Plan planSharedEvidence() {
        return BulkAnswers.shareProviderEvidence(analysis(), chosen, sharedEvidence(), selection.today());
    }

    /** The provider evidence recorded on any chosen inherited control, to be shared with all of them. */
    List<ProviderEvidence> sharedEvidence() {
        AssessmentAnalysis an = analysis();
        return an == null ? List.of() : BulkAnswers.providerEvidenceOf(an, chosen);
    }

    public String statusSummary(BulkAnswers.Plan plan, AnswerStatus status) {
        return summary(I18n.t("questions.bulk.status.done", plan.changes().size(), I18n.t("status." + status.name())),
                plan, "questions.bulk.status.skipped");
    }

    public String justificationSummary(BulkAnswers.Plan plan) {
        return summary(I18n.t("questions.bulk.justification.done", plan.changes().size()), plan,
                "questions.bulk.justification.skipped");
    }

    public String evidenceSummary(BulkAnswers.Plan plan) {
        String names = String.join(", ", sharedEvidence().stream().map(ProviderEvidence::name).toList());
        return summary(I18n.t("questions.bulk.evidence.done", names, plan.changes().size()), plan,
                "questions.bulk.evidence.skipped");
    }

    private static String summary(String what, BulkAnswers.Plan plan, String skippedKey) {
        return plan.skipped() == 0 ? what : what + " " + I18n.t(skippedKey, plan.skipped());
    }

    /** Makes the change as one edit (one undo step) and remembers its summary. */
    public void apply(BulkAnswers.Plan plan, String summary) {
        if (!plan.isEmpty() && selection.editableProperty().get()) {
            session().edit(null, plan::applyTo);
            done.set(I18n.t("questions.bulk.undo", summary));
        }
    }

    private AssessmentSession session() {
        return selection.session();
    }

    private AssessmentAnalysis analysis() {
        return session().analysis();
    }
}
