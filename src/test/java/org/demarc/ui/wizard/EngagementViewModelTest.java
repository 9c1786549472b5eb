package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.demarc.fixtures.MiniFixtures;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.wizard.engagement.EngagementViewModel;
import org.junit.jupiter.api.Test;

class EngagementViewModelTest {
    @Test
    void fieldsWriteThroughAndValidationSaysWhatIsWrong() {
        AssessmentSession session = new AssessmentSession();
        session.load(MiniFixtures.miniAssessment(), null, false);
        EngagementViewModel vm = new EngagementViewModel(session);
        assertThat(vm.titleProperty().get()).isEqualTo("Payments platform review");
        vm.titleProperty().set("");
        assertThat(vm.titleErrorProperty().get()).isEqualTo("Give the assessment a title.");
        assertThat(session.assessment().engagement().title()).isEmpty();
        vm.titleProperty().set("Card vault review");
        assertThat(vm.titleErrorProperty().get()).isEmpty();
        vm.assessorsProperty().set("Ada Auditor\n\n  Ben Reviewer  \nCy");
        assertThat(session.assessment().engagement().assessors()).containsExactly("Ada Auditor", "Ben Reviewer", "Cy");
        vm.endDateProperty().set(LocalDate.of(2026, 11, 1));
        assertThat(vm.datesErrorProperty().get()).isEqualTo("The end date is before the start date.");
        assertThat(org.demarc.assessment.analysis.Completeness.engagementComplete(session.assessment().engagement())).isFalse();
        vm.clientProperty().set(" ");
        assertThat(vm.clientErrorProperty().get()).isEqualTo("Name the client.");
    }

    @Test
    void undoBringsTheFormBack() {
        AssessmentSession session = new AssessmentSession();
        session.load(MiniFixtures.miniAssessment(), null, false);
        EngagementViewModel vm = new EngagementViewModel(session);
        vm.workloadProperty().set("Something else");
        session.undo();
        assertThat(vm.workloadProperty().get()).isEqualTo("Card vault");
        assertThat(session.assessment().engagement().assessors()).isEqualTo(List.of("Ada Auditor", "Ben Reviewer"));
    }
}
