package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.TreeSet;

import org.demarc.catalog.BuiltInCatalog;
import org.demarc.model.Assessment;
import org.demarc.model.Engagement;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.ui.session.AssessmentSession;
import org.junit.jupiter.api.Test;

class WizardViewModelTest {
    @Test
    void stepsUnlockOnceThereIsATitleAndAService() {
        AssessmentSession session = new AssessmentSession();
        WizardViewModel wizard = new WizardViewModel(session);
        assertThat(wizard.stateProperty(WizardStep.ENGAGEMENT).get()).isEqualTo(StepState.LOCKED);
        session.load(Assessment.create(Engagement.empty(), BuiltInCatalog.load(),
                new HistoryEvent(Instant.EPOCH, HistoryKind.CREATED, "", "")), null, true);
        assertThat(wizard.currentProperty().get()).isEqualTo(WizardStep.ENGAGEMENT);
        assertThat(wizard.stateProperty(WizardStep.SERVICES).get()).isEqualTo(StepState.INCOMPLETE);
        assertThat(wizard.stateProperty(WizardStep.QUESTIONS).get()).isEqualTo(StepState.LOCKED);
        assertThat(wizard.go(WizardStep.QUESTIONS)).isFalse();
        session.edit(null, a -> a.withEngagement(Engagement.empty().withTitle("T")));
        session.edit(null, a -> a.withScope(new TreeSet<>(java.util.List.of("aws.s3"))));
        assertThat(wizard.stateProperty(WizardStep.ENGAGEMENT).get()).isEqualTo(StepState.INCOMPLETE);
        assertThat(wizard.stateProperty(WizardStep.QUESTIONS).get()).isEqualTo(StepState.INCOMPLETE);
        assertThat(wizard.go(WizardStep.SIGN_OFF)).isTrue();
        assertThat(wizard.currentProperty().get()).isEqualTo(WizardStep.SIGN_OFF);
        session.close();
        assertThat(wizard.currentProperty().get()).isEqualTo(WizardStep.START);
    }
}
