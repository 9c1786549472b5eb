package org.demarc.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import org.demarc.assessment.analysis.AssessmentAnalysis;
import org.demarc.catalog.BuiltInCatalog;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.model.Engagement;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.model.ProviderEvidence;
import org.junit.jupiter.api.Test;

class BulkAnswersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final ProviderEvidence SOC2 = new ProviderEvidence("SOC 2", "Auditor", null, null, null, "", "");

    private final Assessment base = Assessment.create(Engagement.empty().withTitle("T").withClient("C"),
            BuiltInCatalog.load(), new HistoryEvent(Instant.EPOCH, HistoryKind.CREATED, "", ""))
            .withScope(new TreeSet<>(List.of("aws.ec2", "aws.s3")))
            .withAnswer("NET-01", Answer.of(AnswerStatus.NOT_IMPLEMENTED).withFinding("SSH open"));
    private final AssessmentAnalysis an = new AssessmentAnalysis(base);

    private List<Control> controls(String... ids) {
        return List.of(ids).stream().map(id -> an.workList().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow()).toList();
    }

    @Test
    void aStatusGoesToTheControlsThatTakeItKeepingTheRestOfEachAnswer() {
        BulkAnswers.Plan plan = BulkAnswers.setStatus(an, controls("NET-01", "IAM-01", "PHY-01"), AnswerStatus.PARTIAL,
                TODAY);
        assertThat(plan.changes()).extracting(Control::id).containsExactly("NET-01", "IAM-01");
        assertThat(plan.skipped()).as("inherited PHY-01 is only acknowledged").isEqualTo(1);
        Assessment after = plan.applyTo(base);
        assertThat(after.answers().get("NET-01").status()).isEqualTo(AnswerStatus.PARTIAL);
        assertThat(after.answers().get("NET-01").finding()).isEqualTo("SSH open");
        assertThat(after.answers().get("IAM-01").lastConfirmed()).isEqualTo(TODAY);
        assertThat(after.answers()).doesNotContainKey("PHY-01");
        assertThat(base.answers().get("NET-01").status()).as("values are not changed in place")
                .isEqualTo(AnswerStatus.NOT_IMPLEMENTED);

        BulkAnswers.Plan inherited = BulkAnswers.setStatus(an, controls("NET-01", "PHY-01"), AnswerStatus.INHERITED,
                TODAY);
        assertThat(inherited.changes()).extracting(Control::id).containsExactly("PHY-01");
    }

    @Test
    void aJustificationGoesOnlyToAnsweredControls() {
        BulkAnswers.Plan plan = BulkAnswers.setJustification(an, controls("NET-01", "IAM-01"), "  Out of scope  ");
        assertThat(plan.changes()).extracting(Control::id).containsExactly("NET-01");
        assertThat(plan.skipped()).isEqualTo(1);
        assertThat(plan.applyTo(base).answers().get("NET-01").justification()).isEqualTo("Out of scope");
    }

    @Test
    void sharedProviderEvidenceAcknowledgesInheritedControlsOnceEach() {
        List<Control> chosen = an.inherited().isEmpty() ? List.of() : List.of(an.inherited().get(0));
        assertThat(chosen).isNotEmpty();
        List<Control> withNet = new java.util.ArrayList<>(chosen);
        withNet.addAll(controls("NET-01"));
        BulkAnswers.Plan plan = BulkAnswers.shareProviderEvidence(an, withNet, List.of(SOC2), TODAY);
        assertThat(plan.skipped()).isEqualTo(1);
        Assessment once = plan.applyTo(base);
        Answer a = once.answers().get(chosen.get(0).id());
        assertThat(a.status()).isEqualTo(AnswerStatus.INHERITED);
        assertThat(a.providerEvidence()).containsExactly(SOC2);
        assertThat(new AssessmentAnalysis(once).isAnswered(chosen.get(0))).isTrue();
        AssessmentAnalysis onceAn = new AssessmentAnalysis(once);
        assertThat(BulkAnswers.providerEvidenceOf(onceAn, withNet)).containsExactly(SOC2);
        BulkAnswers.Plan again = BulkAnswers.shareProviderEvidence(onceAn, chosen, List.of(SOC2), TODAY);
        assertThat(again.isEmpty()).as("every chosen control holds it already").isTrue();
        Assessment twice = again.applyTo(once);
        assertThat(twice.answers().get(chosen.get(0).id()).providerEvidence()).as("not added twice")
                .containsExactly(SOC2);
    }
}
