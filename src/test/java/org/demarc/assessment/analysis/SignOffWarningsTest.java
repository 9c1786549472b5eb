package org.demarc.assessment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.demarc.fixtures.MiniFixtures;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.ProviderEvidence;
import org.junit.jupiter.api.Test;

/** What the auditor is asked to confirm before signing off. */
class SignOffWarningsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void flaggedAndParkedAnswersAreListed() {
        Assessment a = MiniFixtures.miniAssessment(); // OPS-01 is flagged
        a = a.withAnswer("DAT-01", a.answers().get("DAT-01").withParked(true));
        assertThat(warnings(a)).containsExactly(
                "1 answer is still flagged for review: OPS-01",
                "1 answer is still parked for later: DAT-01");
    }

    @Test
    void implementedWithNeitherFindingNorEvidenceIsListed() {
        Assessment a = unflagged(MiniFixtures.miniAssessment());
        Answer bare = Answer.of(AnswerStatus.IMPLEMENTED);
        a = a.withAnswer("OPS-01", bare);
        assertThat(warnings(a)).containsExactly("1 control is implemented without a finding or evidence: OPS-01");
        assertThat(warnings(a.withAnswer("OPS-01", bare.withFinding("Patched weekly")))).isEmpty();
        assertThat(warnings(a.withAnswer("OPS-01", a.answers().get("OPS-01").withStatus(AnswerStatus.PARTIAL))))
                .isEmpty();
    }

    @Test
    void aProviderReportEndedMoreThanSixMonthsBeforeTheWorkshopAsksForABridgeLetter() {
        Assessment a = unflagged(MiniFixtures.miniAssessment());
        // The fixture's SOC 2 period ends 2026-09-30, the engagement 2026-11-06: recent enough.
        assertThat(warnings(a)).isEmpty();
        Answer phy = a.answers().get("PHY-01");
        ProviderEvidence old = new ProviderEvidence("SOC 2 Type II", "Example Audit LLP", LocalDate.of(2024, 10, 1),
                LocalDate.of(2025, 9, 30), null, "", "");
        a = a.withAnswer("PHY-01", phy.withProviderEvidence(List.of(old, old)));
        assertThat(warnings(a)).singleElement().asString()
                .contains("SOC 2 Type II", "Example Audit LLP", "2025-09-30", "6 months", "2026-11-06", "bridge letter",
                        "PHY-01")
                .doesNotContain("PHY-01, PHY-01");
    }

    @Test
    void theWorkshopDateFallsBackToTheStartThenToday() {
        Assessment a = MiniFixtures.miniAssessment();
        var e = a.engagement();
        assertThat(SignOffWarnings.workshopDate(e, TODAY)).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(SignOffWarnings.workshopDate(e.withEndDate(null), TODAY)).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(SignOffWarnings.workshopDate(e.withEndDate(null).withStartDate(null), TODAY)).isEqualTo(TODAY);
    }

    private static Assessment unflagged(Assessment a) {
        return a.withAnswer("OPS-01", a.answers().get("OPS-01").withFlagged(false));
    }

    private static List<String> warnings(Assessment a) {
        return SignOffWarnings.of(new AssessmentAnalysis(a), TODAY);
    }
}
