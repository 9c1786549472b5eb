package org.demarc.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.demarc.fixtures.MiniFixtures;
import org.demarc.model.Assessment;
import org.demarc.model.Attendee;
import org.junit.jupiter.api.Test;

/** Attendee edits, and the answers that name who confirmed them. */
class AttendeesTest {
    private static Assessment withGrace() {
        Assessment a = Attendees.add(MiniFixtures.miniAssessment(), new Attendee("Grace", "Platform lead", ""));
        return a.withAnswer("OPS-01", a.answers().get("OPS-01").withConfirmedBy("Grace"));
    }

    @Test
    void renamingAnAttendeeRenamesThemInTheAnswersTheyConfirmed() {
        Assessment a = Attendees.rename(withGrace(), 0, "Grace Hopper");
        assertThat(a.engagement().attendees()).containsExactly(new Attendee("Grace Hopper", "Platform lead", ""));
        assertThat(a.answers().get("OPS-01").confirmedBy()).isEqualTo("Grace Hopper");
        assertThat(a.answers().get("DAT-01").confirmedBy()).isEmpty();
    }

    @Test
    void withTwoOfTheSameNameTheAnswersKeepTheirs() {
        Assessment a = Attendees.add(withGrace(), new Attendee("Grace", "DBA", ""));
        a = Attendees.rename(a, 1, "Grace Kelly");
        assertThat(a.answers().get("OPS-01").confirmedBy()).isEqualTo("Grace");
    }

    @Test
    void removingKeepsWhoConfirmedAndRoleChangesTouchOnlyTheRow() {
        Assessment a = Attendees.remove(withGrace(), 0);
        assertThat(a.engagement().attendees()).isEmpty();
        assertThat(a.answers().get("OPS-01").confirmedBy()).isEqualTo("Grace");
        Assessment b = Attendees.change(withGrace(), 0, x -> x.withRole("CTO").withOrganisation("Example Corp"));
        assertThat(b.engagement().attendees()).containsExactly(new Attendee("Grace", "CTO", "Example Corp"));
        assertThat(Attendees.remove(withGrace(), 5)).isEqualTo(withGrace());
        assertThat(Attendees.change(withGrace(), -1, x -> x.withRole("x"))).isEqualTo(withGrace());
        assertThat(List.of(Attendees.rename(withGrace(), 3, "x"))).containsExactly(withGrace());
    }
}
