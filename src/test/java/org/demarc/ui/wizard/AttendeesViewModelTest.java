package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import org.demarc.fixtures.MiniFixtures;
import org.demarc.model.Attendee;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.wizard.engagement.AttendeesViewModel;
import org.junit.jupiter.api.Test;

class AttendeesViewModelTest {
    @Test
    void rowsWriteThroughTypingIsOneUndoStepAndTwinNamesAreSaid() {
        AssessmentSession session = new AssessmentSession();
        session.load(MiniFixtures.miniAssessment(), null, false);
        AttendeesViewModel vm = new AttendeesViewModel(session);
        vm.add();
        vm.setName(0, "G");
        vm.setName(0, "Gr");
        vm.setName(0, "Grace");
        vm.setRole(0, "Platform lead");
        assertThat(session.assessment().engagement().attendees()).containsExactly(new Attendee("Grace", "Platform lead", ""));
        assertThat(vm.attendees()).containsExactly(new Attendee("Grace", "Platform lead", ""));
        session.undo();
        assertThat(vm.attendees()).containsExactly(new Attendee("Grace", "", ""));
        session.undo();
        assertThat(vm.attendees()).as("the name typed is one step").containsExactly(new Attendee("", "", ""));
        session.redo();
        session.redo();

        assertThat(vm.duplicateErrorProperty().get()).isEmpty();
        vm.add();
        vm.setName(1, "Grace ");
        assertThat(vm.duplicateErrorProperty().get()).contains("Two attendees are called \u201cGrace\u201d");
        vm.remove(1);
        assertThat(vm.duplicateErrorProperty().get()).isEmpty();
        assertThat(session.assessment().engagement().attendees()).hasSize(1);
    }
}
