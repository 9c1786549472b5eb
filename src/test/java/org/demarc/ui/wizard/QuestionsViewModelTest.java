package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import org.demarc.catalog.BuiltInCatalog;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.model.Engagement;
import org.demarc.model.EvidenceReference;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.model.ProviderEvidence;
import org.demarc.model.Remediation;
import org.demarc.model.ServiceException;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.wizard.questions.QuestionFilter;
import org.demarc.ui.wizard.questions.QuestionsViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuestionsViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 12);
    private AssessmentSession session;
    private QuestionsViewModel vm;

    @BeforeEach
    void scopeEc2AndS3() {
        session = new AssessmentSession();
        Assessment a = Assessment.create(Engagement.empty().withTitle("T").withClient("C"), BuiltInCatalog.load(),
                new HistoryEvent(Instant.EPOCH, HistoryKind.CREATED, "", ""));
        session.load(a.withScope(new TreeSet<>(List.of("aws.ec2", "aws.s3"))), null, true);
        vm = new QuestionsViewModel(session, () -> TODAY);
    }

    @Test
    void theFirstControlIsSelectedAndStatusCreatesAnAnswerConfirmedToday() {
        Control first = vm.selectedProperty().get();
        assertThat(first).isEqualTo(vm.items().get(0));
        vm.select("PAT-02");
        vm.setStatus(AnswerStatus.PARTIAL);
        var answer = session.assessment().answers().get("PAT-02");
        assertThat(answer.status()).isEqualTo(AnswerStatus.PARTIAL);
        assertThat(answer.lastConfirmed()).isEqualTo(TODAY);
        assertThat(vm.servicesWithShare()).extracting(s -> s.id()).containsExactly("aws.ec2");
    }

    @Test
    void inheritedControlsOnlyOfferAcknowledgementWithProviderEvidence() {
        vm.select("PHY-01");
        assertThat(vm.inheritedProperty().get()).isTrue();
        assertThat(vm.allowedStatuses()).containsExactly(AnswerStatus.INHERITED);
        vm.setStatus(AnswerStatus.IMPLEMENTED);
        assertThat(session.assessment().answers()).doesNotContainKey("PHY-01");
        vm.addProviderEvidence(new ProviderEvidence("SOC 2 Type II", "Auditor", null, null, TODAY, "Artifact", ""));
        assertThat(session.assessment().answers().get("PHY-01").status()).isEqualTo(AnswerStatus.INHERITED);
        assertThat(session.analysis().isAnswered(vm.selectedProperty().get())).isTrue();
    }

    @Test
    void textFieldsOpenOnlyOnceThereIsAnAnswer() {
        vm.select("NET-01");
        vm.setFinding("ignored");
        assertThat(session.assessment().answers()).doesNotContainKey("NET-01");
        vm.setStatus(AnswerStatus.NOT_IMPLEMENTED);
        vm.setFinding("SSH open to the world");
        vm.setComment("ask Jonas");
        vm.setOwner("Network team");
        vm.setRemediation(new Remediation("Close port 22", "Network team", TODAY.plusDays(30)));
        vm.addEvidence(new EvidenceReference("evidence/sg.json", "", 10, ""));
        vm.addException(new ServiceException("aws.s3", AnswerStatus.NOT_APPLICABLE, "no security groups"));
        vm.toggleFlag();
        var a = session.assessment().answers().get("NET-01");
        assertThat(a.finding()).isEqualTo("SSH open to the world");
        assertThat(a.comment()).isEqualTo("ask Jonas");
        assertThat(a.owner()).isEqualTo("Network team");
        assertThat(a.remediation().dueDate()).isEqualTo(TODAY.plusDays(30));
        assertThat(a.evidence()).hasSize(1);
        assertThat(a.exceptions()).extracting(ServiceException::serviceId).containsExactly("aws.s3");
        assertThat(a.flagged()).isTrue();
        vm.removeException("aws.s3");
        vm.removeEvidence(0);
        assertThat(session.assessment().answers().get("NET-01").exceptions()).isEmpty();
        assertThat(session.assessment().answers().get("NET-01").evidence()).isEmpty();
    }

    @Test
    void nextPreviousAndNextUnansweredMoveThroughTheList() {
        List<Control> items = List.copyOf(vm.items());
        vm.select(items.get(0).id());
        vm.next();
        assertThat(vm.selectedProperty().get()).isEqualTo(items.get(1));
        vm.previous();
        vm.previous();
        assertThat(vm.selectedProperty().get()).isEqualTo(items.get(0));
        // Answer the first two; the next unanswered after the first is then the third.
        answer(items.get(0));
        answer(items.get(1));
        vm.select(items.get(0).id());
        vm.nextUnanswered();
        assertThat(vm.selectedProperty().get()).isEqualTo(items.get(2));
        // From the last control it wraps around to the first still unanswered.
        vm.select(items.get(items.size() - 1).id());
        answer(items.get(items.size() - 1));
        vm.nextUnanswered();
        assertThat(vm.selectedProperty().get()).isEqualTo(items.get(2));
    }

    private void answer(Control c) {
        vm.select(c.id());
        if (vm.inheritedProperty().get()) {
            vm.addProviderEvidence(new ProviderEvidence("SOC 2", "", null, null, null, "", ""));
        } else {
            vm.setStatus(AnswerStatus.IMPLEMENTED);
        }
        assertThat(session.analysis().isAnswered(c)).isTrue();
    }

    @Test
    void theUnansweredFilterKeepsTheControlBeingAnsweredUntilTheSelectionMoves() {
        vm.filterProperty().set(QuestionFilter.UNANSWERED);
        Control c = vm.selectedProperty().get();
        int before = vm.items().size();
        vm.setStatus(c.controlClass() == org.demarc.model.ControlClass.INHERITED ? AnswerStatus.INHERITED
                : AnswerStatus.IMPLEMENTED);
        assertThat(vm.items()).contains(vm.selectedProperty().get());
        vm.next();
        vm.filterProperty().set(QuestionFilter.ALL);
        vm.filterProperty().set(QuestionFilter.UNANSWERED);
        assertThat(vm.items().size()).isLessThanOrEqualTo(before);
    }

    @Test
    void statusesNeedingAJustificationAreFlaggedAsMissing() {
        vm.select("DAT-02");
        vm.setStatus(AnswerStatus.NOT_APPLICABLE);
        assertThat(session.assessment().answers().get("DAT-02").missingJustification()).isTrue();
        vm.setJustification("No classified data in scope");
        assertThat(session.assessment().answers().get("DAT-02").missingJustification()).isFalse();
    }

    @Test
    void flaggedFilterShowsOnlyFlagged() {
        vm.select("IAM-01");
        vm.setStatus(AnswerStatus.PARTIAL);
        vm.setFlagged(true);
        vm.filterProperty().set(QuestionFilter.FLAGGED);
        assertThat(vm.items()).extracting(Control::id).containsExactly("IAM-01");
    }
}
