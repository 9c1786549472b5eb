package org.demarc.ui.wizard.engagement;

import java.util.List;

import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.demarc.assessment.Attendees;
import org.demarc.model.Assessment;
import org.demarc.model.Attendee;
import org.demarc.ui.session.AssessmentSession;

/**
 * The client's workshop attendees as the engagement step edits them: a row per person with name,
 * role and organisation. Every change goes through the session (saved, journalled, undoable);
 * typing in one field of one row merges into one undo step.
 */
public final class AttendeesViewModel {
    private final AssessmentSession session;
    private final ObservableList<Attendee> attendees = FXCollections.observableArrayList();

    public AttendeesViewModel(AssessmentSession session) {
        this.session = session;
        session.assessmentProperty().addListener((obs, o, n) -> pull(n));
        pull(session.assessment());
    }

    private void pull(Assessment a) {
        List<Attendee> now = a == null ? List.of() : a.engagement().attendees();
        if (!attendees.equals(now)) {
            attendees.setAll(now);
        }
    }

    /** The attendees as the session holds them; changed only through the commands below. */
    public ObservableList<Attendee> attendees() {
        return attendees;
    }

    /** Adds an empty row at the end, to be filled in. */
    public void add() {
        session.edit(null, a -> Attendees.add(a, new Attendee("", "", "")));
    }

    public void remove(int index) {
        session.edit(null, a -> Attendees.remove(a, index));
    }

    public void setName(int index, String name) {
        session.edit("attendee.name:" + index, a -> Attendees.rename(a, index, name));
    }

    public void setRole(int index, String role) {
        session.edit("attendee.role:" + index, a -> Attendees.change(a, index, x -> x.withRole(role)));
    }

    public void setOrganisation(int index, String organisation) {
        session.edit("attendee.organisation:" + index,
                a -> Attendees.change(a, index, x -> x.withOrganisation(organisation)));
    }

    /** Signed off or opened read-only. */
    public BooleanBinding readOnlyProperty() {
        return session.readOnlyProperty();
    }
}
