package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.TreeMap;

import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.model.HistoryKind;
import org.demarc.model.ProviderEvidence;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.assessment.ContentFingerprint;
import org.demarc.assessment.analysis.AssessmentAnalysis;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.wizard.signoff.SignOffViewModel;
import org.junit.jupiter.api.Test;

class SignOffViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-13T16:00:00Z");

    /** The mini assessment with every control answered and the inherited one acknowledged. */
    private static Assessment complete() {
        Assessment a = MiniFixtures.miniAssessment();
        AssessmentAnalysis an = new AssessmentAnalysis(a);
        TreeMap<String, Answer> answers = new TreeMap<>(a.answers());
        for (Control c : an.workList()) {
            if (an.isInherited(c)) {
                answers.putIfAbsent(c.id(), Answer.of(AnswerStatus.INHERITED));
            } else {
                answers.putIfAbsent(c.id(), Answer.of(AnswerStatus.IMPLEMENTED));
            }
        }
        Assessment out = a;
        for (var e : answers.entrySet()) {
            out = out.withAnswer(e.getKey(), e.getValue());
        }
        return out;
    }

    @Test
    void signOffIsGatedAndSaysWhatIsMissing() {
        AssessmentSession session = new AssessmentSession();
        Assessment a = MiniFixtures.miniAssessment().withAnswer("OPS-01", null);
        session.load(a, null, false);
        SignOffViewModel vm = new SignOffViewModel(session, () -> NOW);
        assertThat(vm.missingProperty().get()).anySatisfy(m -> assertThat(m).contains("OPS-01").contains("not answered"));
        assertThat(vm.addSignatory("Ada", "Lead", "Org", LocalDate.of(2026, 11, 13), "Agreed")).isNull();
        assertThat(vm.canSignOffProperty().get()).isFalse();
        assertThat(vm.signOff("ada")).isFalse();
    }

    @Test
    void withoutASignatoryNothingSignsOffAndTheStatusSaysWhy() {
        AssessmentSession session = new AssessmentSession();
        session.load(complete(), null, false);
        SignOffViewModel vm = new SignOffViewModel(session, () -> NOW);
        vm.status().shownProperty().set(true);
        assertThat(vm.status().textProperty().get()).startsWith("Ready for sign-off once at least one signatory");
        assertThat(vm.signOff("ada")).isFalse();
        assertThat(session.assessment().isSignedOff()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.demarc.assessment.SignOffs.signOff(
                        session.assessment(), java.util.List.of(), NOW, "ada"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A sign-off needs at least one signatory.");
        vm.addSignatory("Ada Auditor", "Lead", "Example", LocalDate.of(2026, 11, 13), "Agreed");
        assertThat(vm.status().textProperty().get()).startsWith("Ready for sign-off. Content fingerprint");
    }

    @Test
    void aNewWarningUndoesTheReview() {
        AssessmentSession session = new AssessmentSession();
        session.load(complete(), null, false);
        SignOffViewModel vm = new SignOffViewModel(session, () -> NOW);
        vm.addSignatory("Ada Auditor", "Lead", "Example", LocalDate.of(2026, 11, 13), "Agreed");
        vm.warningsReviewedProperty().set(true);
        assertThat(vm.canSignOffProperty().get()).isTrue();
        session.edit(null, a -> a.withAnswer("DAT-01", a.answers().get("DAT-01").withParked(true)));
        assertThat(vm.warningsProperty().get()).anySatisfy(w -> assertThat(w).contains("parked").contains("DAT-01"));
        assertThat(vm.warningsReviewedProperty().get()).isFalse();
        assertThat(vm.canSignOffProperty().get()).isFalse();
    }

    @Test
    void signingOffLocksAndReopeningVoidsAndIsRecorded() {
        AssessmentSession session = new AssessmentSession();
        session.load(complete(), null, false);
        SignOffViewModel vm = new SignOffViewModel(session, () -> NOW);
        assertThat(vm.missingProperty().get()).isEmpty();
        assertThat(vm.canSignOffProperty().get()).isFalse();
        assertThat(vm.addSignatory(" ", "", "", LocalDate.of(2026, 11, 13), "")).isEqualTo("signoff.error.name");
        assertThat(vm.addSignatory("Ada Auditor", "Lead", "Example", LocalDate.of(2026, 11, 13), "Agreed")).isNull();
        // OPS-01 is flagged and the others are bare "implemented": warnings to review first.
        assertThat(vm.warningsProperty().get()).hasSize(2);
        assertThat(vm.canSignOffProperty().get()).isFalse();
        assertThat(vm.signOff("ada")).isFalse();
        vm.warningsReviewedProperty().set(true);
        assertThat(vm.canSignOffProperty().get()).isTrue();
        String fingerprint = ContentFingerprint.of(session.assessment());
        assertThat(vm.signOff("ada")).isTrue();
        Assessment signed = session.assessment();
        assertThat(signed.isSignedOff()).isTrue();
        assertThat(signed.signOff().fingerprint()).isEqualTo(fingerprint);
        assertThat(signed.signOff().lockedAt()).isEqualTo(NOW);
        assertThat(signed.history()).extracting(h -> h.kind()).endsWith(HistoryKind.SIGNED_OFF);
        assertThat(session.readOnlyProperty().get()).isTrue();
        vm.reopen("ada", "Late evidence for OPS-01");
        assertThat(session.assessment().isSignedOff()).isFalse();
        assertThat(session.assessment().history().get(session.assessment().history().size() - 1))
                .satisfies(h -> {
                    assertThat(h.kind()).isEqualTo(HistoryKind.REOPENED);
                    assertThat(h.detail()).contains(fingerprint).contains("Late evidence for OPS-01");
                });
        assertThat(session.readOnlyProperty().get()).isFalse();
    }

    @Test
    void theInheritedControlNeedsProviderEvidence() {
        AssessmentSession session = new AssessmentSession();
        Assessment a = complete();
        session.load(a.withAnswer("PHY-01", Answer.of(AnswerStatus.INHERITED)), null, false);
        SignOffViewModel vm = new SignOffViewModel(session, () -> NOW);
        assertThat(vm.missingProperty().get()).anySatisfy(m -> assertThat(m).contains("PHY-01"));
        Answer withEvidence = Answer.of(AnswerStatus.INHERITED)
                .withProviderEvidence(java.util.List.of(new ProviderEvidence("SOC 2", "", null, null, null, "", "")));
        session.edit(null, x -> x.withAnswer("PHY-01", withEvidence));
        assertThat(vm.missingProperty().get()).isEmpty();
    }

    @Test
    void theFormAddsASignatoryAndSaysUnderTheFieldWhatIsMissing() {
        AssessmentSession session = new AssessmentSession();
        session.load(complete(), null, false);
        SignOffViewModel vm = new SignOffViewModel(session, () -> NOW);
        assertThat(vm.dateProperty().get()).isNotNull();
        assertThat(vm.statementProperty().get()).isEqualTo("I have reviewed this assessment and agree with its findings.");
        vm.nameProperty().set("  ");
        assertThat(vm.addFromForm()).isFalse();
        assertThat(vm.nameErrorProperty().get()).isEqualTo("A signatory needs a name.");
        vm.nameProperty().set("Ada Auditor");
        vm.roleProperty().set("Lead");
        vm.dateProperty().set(null);
        assertThat(vm.addFromForm()).isFalse();
        assertThat(vm.nameErrorProperty().get()).isEmpty();
        assertThat(vm.dateErrorProperty().get()).isEqualTo("A signatory needs a date.");
        vm.dateProperty().set(LocalDate.of(2026, 11, 13));
        assertThat(vm.addFromForm()).isTrue();
        assertThat(vm.signatories()).extracting(s -> s.name() + "/" + s.role()).containsExactly("Ada Auditor/Lead");
        assertThat(vm.nameProperty().get()).as("the form is ready for the next").isEmpty();
        assertThat(vm.dateErrorProperty().get()).isEmpty();
    }

    @Test
    void theStatusIsWorkedOutOnlyWhileShownAndSaysReadyLockedOrMissing() {
        AssessmentSession session = new AssessmentSession();
        session.load(MiniFixtures.miniAssessment().withAnswer("OPS-01", null), null, false);
        SignOffViewModel vm = new SignOffViewModel(session, () -> NOW);
        assertThat(vm.status().textProperty().get()).as("not shown yet").isEmpty();
        vm.status().shownProperty().set(true);
        assertThat(vm.status().textProperty().get()).isEqualTo("Not ready for sign-off yet:");
        assertThat(vm.status().missingLines()).anySatisfy(m -> assertThat(m).contains("OPS-01"));

        vm.status().shownProperty().set(false);
        session.load(complete(), null, false);
        assertThat(vm.status().textProperty().get()).as("not worked out while hidden").isEqualTo("Not ready for sign-off yet:");
        vm.status().shownProperty().set(true);
        assertThat(vm.status().textProperty().get())
                .isEqualTo("Ready for sign-off once at least one signatory is added below. Content fingerprint: "
                        + ContentFingerprint.of(complete()));
        assertThat(vm.status().missingLines()).isEmpty();

        vm.addSignatory("Ada", "Lead", "Org", LocalDate.of(2026, 11, 13), "Agreed");
        assertThat(vm.status().textProperty().get())
                .startsWith("Ready for sign-off. Content fingerprint: ");
        vm.warningsReviewedProperty().set(true);
        vm.signOff("ada");
        assertThat(vm.status().textProperty().get()).startsWith("Signed off and locked at "
                + org.demarc.ui.common.HumanTime.of(java.time.Instant.parse("2026-11-13T16:00:00Z")) + ".");
        assertThat(vm.status().problemProperty().get()).isFalse();
    }
}
