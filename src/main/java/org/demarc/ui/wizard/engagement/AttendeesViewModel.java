package org.demarc.ui.wizard.engagement;

import java.util.List;

import java.util.HashSet;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.demarc.assessment.Attendees;
import org.demarc.model.Assessment;
import org.demarc.model.Attendee;
import org.demarc.ui.common.I18n;
import org.demarc.ui.session.AssessmentSession;

/**
 * The client's workshop attendees as the engagement step edits them: a row per person with name,
 * role and organisation. Every change goes through the session (saved, journalled, undoable);
 * typing in one field of one row merges into one undo step.
 */
public final class AttendeesViewModel {
    private final AssessmentSession session;
    private final ObservableList<Attendee> attendees = FXCollections.observableArrayList();
    private final StringBinding duplicateError = Bindings.createStringBinding(this::duplicate, attendees);

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

    private String duplicate() {
        Set<String> seen = new HashSet<>();
        for (Attendee a : attendees) {
            String name = a.name().strip();
            if (!name.isEmpty() && !seen.add(name)) {
                return I18n.t("engagement.attendees.duplicate", name);
            }
        }
        return "";
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

    /**
     * An answer names who confirmed it by name, so two attendees of one name cannot be told apart
     * there: said under the table, empty when every name is unique.
     */
    public StringBinding duplicateErrorProperty() {
        return duplicateError;
    }

    /** Signed off or opened read-only. */
    public BooleanBinding readOnlyProperty() {
        return session.readOnlyProperty();
    }
}
