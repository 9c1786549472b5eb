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
import org.demarc.model.ServiceException;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.assessment.analysis.ControlFilter;
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
    void overSeveralProvidersEachProviderInScopeIsNamedWithItsOwnWords() {
        Control own = BuiltInCatalog.load().control("PHY-01").orElseThrow();
        assertThat(vm.parts(own, Control::providerPart)).as("one provider: its own wording").isEqualTo(own.providerPart());

        session.load(org.demarc.project.Samples.multicloud(), null, true);
        Control azure = BuiltInCatalog.load("azure").control("PHY-01").orElseThrow();
        assertThat(vm.parts(own, Control::providerPart)).isEqualTo("Amazon Web Services: " + own.providerPart()
                + "\nMicrosoft Azure: " + azure.providerPart());
        assertThat(azure.providerPart()).isNotEqualTo(own.providerPart());
        Control governance = BuiltInCatalog.load().control("GOV-01").orElseThrow();
        assertThat(BuiltInCatalog.load("azure").control("GOV-01").orElseThrow().customerPart())
                .isEqualTo(governance.customerPart());
        assertThat(vm.parts(governance, Control::customerPart)).as("worded alike: said once")
                .isEqualTo(governance.customerPart());
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
        vm.providerEvidence().add(new ProviderEvidence("SOC 2 Type II", "Auditor", null, null, TODAY, "Artifact", ""));
        assertThat(session.assessment().answers().get("PHY-01").status()).isEqualTo(AnswerStatus.INHERITED);
        assertThat(session.analysis().isAnswered(vm.selectedProperty().get())).isTrue();
    }

    @Test
    void textFieldsOpenOnlyOnceThereIsAnAnswer() {
        vm.select("NET-01");
        vm.form().findingProperty().set("ignored");
        assertThat(session.assessment().answers()).doesNotContainKey("NET-01");
        vm.setStatus(AnswerStatus.NOT_IMPLEMENTED);
        vm.form().findingProperty().set("SSH open to the world");
        vm.form().commentProperty().set("ask Jonas");
        vm.form().ownerProperty().set("Network team");
        vm.form().remediationActionProperty().set("Close port 22");
        vm.form().remediationOwnerProperty().set("Network team");
        vm.form().remediationDueProperty().set(TODAY.plusDays(30));
        vm.evidence().add(new EvidenceReference("evidence/sg.json", "", 10, ""));
        vm.exceptions().add(new ServiceException("aws.s3", AnswerStatus.NOT_APPLICABLE, "no security groups"));
        vm.toggleFlag();
        var a = session.assessment().answers().get("NET-01");
        assertThat(a.finding()).isEqualTo("SSH open to the world");
        assertThat(a.comment()).isEqualTo("ask Jonas");
        assertThat(a.owner()).isEqualTo("Network team");
        assertThat(a.remediation().dueDate()).isEqualTo(TODAY.plusDays(30));
        assertThat(a.evidence()).hasSize(1);
        assertThat(a.exceptions()).extracting(ServiceException::serviceId).containsExactly("aws.s3");
        assertThat(a.flagged()).isTrue();
        vm.exceptions().remove("aws.s3");
        vm.evidence().remove(0);
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
            vm.providerEvidence().add(new ProviderEvidence("SOC 2", "", null, null, null, "", ""));
        } else {
            vm.setStatus(AnswerStatus.IMPLEMENTED);
        }
        assertThat(session.analysis().isAnswered(c)).isTrue();
    }

    @Test
    void theUnansweredFilterKeepsTheControlBeingAnsweredUntilTheSelectionMoves() {
        vm.filterProperty().set(ControlFilter.ALL.withUnanswered(true));
        Control first = vm.selectedProperty().get();
        int before = vm.items().size();
        answer(first);
        assertThat(vm.items()).as("still listed while being answered").contains(first).hasSize(before);
        vm.next();
        Control second = vm.selectedProperty().get();
        assertThat(second).isNotEqualTo(first);
        answer(second);
        assertThat(vm.items()).doesNotContain(first).contains(second).hasSize(before - 1);
        vm.filterProperty().set(ControlFilter.ALL);
        vm.filterProperty().set(ControlFilter.ALL.withUnanswered(true));
        assertThat(vm.items()).doesNotContain(first);
    }

    @Test
    void statusesNeedingAJustificationAreFlaggedAsMissing() {
        vm.select("DAT-02");
        vm.setStatus(AnswerStatus.NOT_APPLICABLE);
        assertThat(session.assessment().answers().get("DAT-02").missingJustification()).isTrue();
        vm.form().justificationProperty().set("No classified data in scope");
        assertThat(session.assessment().answers().get("DAT-02").missingJustification()).isFalse();
    }

    @Test
    void flaggedFilterShowsOnlyFlagged() {
        vm.select("IAM-01");
        vm.setStatus(AnswerStatus.PARTIAL);
        vm.form().flaggedProperty().set(true);
        vm.filterProperty().set(ControlFilter.ALL.withFlagged(true));
        assertThat(vm.items()).extracting(Control::id).containsExactly("IAM-01");
    }

    @Test
    void showingAnotherControlWritesNothingBackAndTheFormFollowsTheSelection() {
        vm.select("NET-01");
        vm.setStatus(AnswerStatus.PARTIAL);
        vm.form().findingProperty().set("SSH open");
        vm.form().remediationOwnerProperty().set("Network team");
        vm.select("PAT-02");
        vm.setStatus(AnswerStatus.IMPLEMENTED);
        vm.form().findingProperty().set("Patched monthly");
        Assessment before = session.assessment();
        vm.select("NET-01");
        assertThat(vm.form().findingProperty().get()).isEqualTo("SSH open");
        assertThat(vm.form().remediationOwnerProperty().get()).isEqualTo("Network team");
        assertThat(vm.form().statusProperty().get()).isEqualTo(AnswerStatus.PARTIAL);
        vm.select("IAM-02");
        assertThat(vm.form().findingProperty().get()).isEmpty();
        assertThat(vm.form().statusProperty().get()).isNull();
        vm.select("PAT-02");
        assertThat(vm.form().findingProperty().get()).isEqualTo("Patched monthly");
        assertThat(session.assessment()).isSameAs(before);
        session.undo();
        assertThat(vm.form().findingProperty().get()).as("undo shows in the form").isEmpty();
    }

    @Test
    void choosingTheSameStatusInTheFormIsNoNewConfirmationButTheShortcutIs() {
        LocalDate[] today = {TODAY};
        vm = new QuestionsViewModel(session, () -> today[0]);
        vm.select("NET-01");
        vm.form().statusProperty().set(AnswerStatus.PARTIAL);
        today[0] = TODAY.plusDays(1);
        vm.form().statusProperty().set(AnswerStatus.PARTIAL);
        assertThat(session.assessment().answers().get("NET-01").lastConfirmed()).isEqualTo(TODAY);
        vm.setStatus(AnswerStatus.PARTIAL);
        assertThat(session.assessment().answers().get("NET-01").lastConfirmed()).isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void aMissingJustificationIsShownUnderItsField() {
        vm.select("DAT-02");
        assertThat(vm.form().justificationNeededProperty().get()).isFalse();
        vm.setStatus(AnswerStatus.NOT_APPLICABLE);
        assertThat(vm.form().justificationNeededProperty().get()).isTrue();
        assertThat(vm.form().justificationErrorProperty().get()).isNotEmpty();
        vm.form().justificationProperty().set("No classified data");
        assertThat(vm.form().justificationErrorProperty().get()).isEmpty();
    }

    @Test
    void theListMarksChangeWithAStatusButNotWithAKeystroke() {
        vm.select("NET-01");
        vm.setStatus(AnswerStatus.NOT_IMPLEMENTED);
        var marks = vm.marksProperty().get();
        assertThat(vm.mark(vm.selectedProperty().get())).satisfies(m -> assertThat(m.gap()).isTrue());
        vm.form().findingProperty().set("x");
        assertThat(vm.marksProperty().get()).isSameAs(marks);
        vm.toggleFlag();
        assertThat(vm.mark(vm.selectedProperty().get()).flagged()).isTrue();
    }

    @Test
    void aControlIdJumpsToItClearingTheSearchAndOtherTextSelectsNothing() {
        vm.filterProperty().set(ControlFilter.ALL.withText("net-01"));
        assertThat(vm.jumpTo(" net-01 ")).isTrue();
        assertThat(vm.selectedProperty().get().id()).isEqualTo("NET-01");
        assertThat(vm.filterProperty().get().text()).isEmpty();
        assertThat(vm.items()).hasSize(vm.totalProperty().get());
        assertThat(vm.jumpTo("NET-99")).isFalse();
        assertThat(vm.selectedProperty().get().id()).isEqualTo("NET-01");
    }

    @Test
    void theCountIsOfMatchesAndTheKeptControlIsMarkedNotCounted() {
        vm.select("NET-01");
        vm.filterProperty().set(ControlFilter.ALL.withText("encrypt"));
        int matches = ControlFilter.ALL.withText("encrypt").apply(session.analysis()).size();
        assertThat(vm.matchingProperty().get()).isEqualTo(matches);
        assertThat(vm.items()).hasSize(matches + 1).contains(vm.selectedProperty().get());
        assertThat(vm.matchesFilter(vm.selectedProperty().get())).isFalse();
        assertThat(vm.notMatchingProperty().get()).containsExactly("NET-01");
        vm.selectFirstMatch();
        assertThat(vm.selectedProperty().get().id()).isNotEqualTo("NET-01");
        assertThat(vm.items()).hasSize(matches);
        assertThat(vm.notMatchingProperty().get()).isEmpty();
    }

    @Test
    void controlsChosenForABulkAnswerStayListedAndOneUndoRevertsTheBulkChange() {
        vm.filterProperty().set(ControlFilter.ALL.withUnanswered(true));
        List<Control> three = vm.items().stream().filter(c -> !session.analysis().isInherited(c)).limit(3).toList();
        vm.chosen().setAll(three);
        vm.selectedProperty().set(three.get(2));
        var plan = vm.bulk().planStatus(AnswerStatus.NOT_IMPLEMENTED);
        assertThat(vm.bulk().statusSummary(plan, AnswerStatus.NOT_IMPLEMENTED))
                .isEqualTo("Set 3 controls to Not implemented.");
        vm.bulk().apply(plan, "done");
        assertThat(three).allSatisfy(c -> assertThat(session.assessment().answers().get(c.id()).status())
                .isEqualTo(AnswerStatus.NOT_IMPLEMENTED));
        assertThat(vm.items()).as("answered, no longer matching, still chosen").containsAll(three);
        assertThat(vm.notMatchingProperty().get()).containsExactlyInAnyOrderElementsOf(
                three.stream().map(Control::id).toList());
        session.undo();
        assertThat(three).allSatisfy(c -> assertThat(session.assessment().answers()).doesNotContainKey(c.id()));
    }
}
