package org.demarc.assessment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;

import org.demarc.fixtures.MiniFixtures;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Responsibility;
import org.demarc.model.Service;
import org.junit.jupiter.api.Test;

class AssessmentAnalysisTest {
    @Test
    void coverageCountsPartialAsHalfAndSkipsNotApplicable() {
        // Mini: OPS-01 partial, OPS-02 unanswered, DAT-01 not applicable, PHY-01 inherited.
        AssessmentAnalysis an = new AssessmentAnalysis(MiniFixtures.miniAssessment());
        DomainProgress ops = an.progressByDomain().stream().filter(p -> p.domain().id().equals("ops")).findFirst()
                .orElseThrow();
        assertThat(ops.asked()).isEqualTo(3);
        assertThat(ops.answered()).isEqualTo(2);
        assertThat(ops.applicable()).isEqualTo(2);
        assertThat(ops.coverage()).isEqualTo(0.25);
        assertThat(an.unanswered()).extracting(c -> c.id()).containsExactly("OPS-02");
        assertThat(an.inherited()).extracting(c -> c.id()).containsExactly("PHY-01");
    }

    @Test
    void gapsAreOrderedByWeightTimesSeverity() {
        Assessment a = MiniFixtures.miniAssessment()
                .withAnswer("OPS-02", Answer.of(AnswerStatus.NOT_IMPLEMENTED))
                .withAnswer("DAT-01", Answer.of(AnswerStatus.PARTIAL));
        List<Gap> gaps = new AssessmentAnalysis(a).gapsByPriority();
        // OPS-02 weight 4 × 2 = 8; OPS-01 weight 5 × 1 = 5; DAT-01 weight 5 × 1 = 5 (catalog order breaks the tie).
        assertThat(gaps).extracting(g -> g.control().id() + "=" + g.priority())
                .containsExactly("OPS-02=8", "OPS-01=5", "DAT-01=5");
    }

    @Test
    void responsibilitySplitCountsEveryCell() {
        AssessmentAnalysis an = new AssessmentAnalysis(MiniFixtures.miniAssessment());
        var split = an.responsibilitySplit();
        assertThat(split.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4 * 3);
        // PHY-01 provider ×3, OPS-02 provider on blob; db overrides OPS-02 to shared.
        assertThat(split.get(Responsibility.PROVIDER)).isEqualTo(4);
    }

    @Test
    void notApplicableCellsAreCountedApartAndNeverAsTheProviders() {
        var sample = org.demarc.project.Samples.webshop();
        AssessmentAnalysis an = new AssessmentAnalysis(sample);
        var split = an.responsibilitySplit();
        var m = an.matrix();
        long na = m.controls().stream().flatMap(c -> m.services().stream().map(s -> m.cell(c.id(), s.id())))
                .filter(a -> a.responsibility() == Responsibility.NOT_APPLICABLE).count();
        long provider = m.controls().stream().flatMap(c -> m.services().stream().map(s -> m.cell(c.id(), s.id())))
                .filter(a -> a.responsibility() == Responsibility.PROVIDER).count();
        // Amazon VPC (6, and instance metadata since 2026.12.3) and KMS backups (2) are in the sample's scope.
        assertThat(na).isEqualTo(9);
        assertThat(split.get(Responsibility.NOT_APPLICABLE)).isEqualTo((int) na);
        assertThat(split.get(Responsibility.PROVIDER)).isEqualTo((int) provider);
    }

    @Test
    void completenessListsWhatStandsBeforeSignOff() {
        List<String> missing = Completeness.missingForSignOff(new AssessmentAnalysis(MiniFixtures.miniAssessment()));
        assertThat(missing).singleElement().satisfies(m -> assertThat(m).isEqualTo("1 question is not answered: OPS-02"));
    }

    @Test
    void nextKeepsTheMatrixForAnAnswerEditAndRebuildsItForAScopeChange() {
        Assessment a = MiniFixtures.miniAssessment();
        AssessmentAnalysis first = new AssessmentAnalysis(a);
        AssessmentAnalysis edited = first.next(a.withAnswer("OPS-02", Answer.of(AnswerStatus.IMPLEMENTED)));
        assertThat(edited.matrix()).isSameAs(first.matrix());
        assertThat(edited.unanswered()).as("answers come from the new value").isEmpty();

        Assessment narrower = a.withScope(new TreeSet<>(List.of("t.vm")));
        AssessmentAnalysis rescoped = edited.next(narrower);
        assertThat(rescoped.matrix().services()).extracting(Service::id).containsExactly("t.vm");
        assertThat(rescoped.matrix()).isEqualTo(new AssessmentAnalysis(narrower).matrix());
        assertThat(rescoped.asked()).isEqualTo(new AssessmentAnalysis(narrower).asked());
    }
}
