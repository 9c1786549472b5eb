package org.demarc.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.demarc.model.Answer;
import org.demarc.model.Assessment;
import org.demarc.model.Attendee;

/**
 * Changes to the workshop attendees of an assessment. Answers name the attendee who confirmed
 * them, so renaming an attendee renames them there too, in the same change.
 */
public final class Attendees {
    private Attendees() {
    }

    public static Assessment add(Assessment a, Attendee attendee) {
        List<Attendee> more = new ArrayList<>(a.engagement().attendees());
        more.add(attendee);
        return with(a, more);
    }

    /** Removes the attendee at {@code index}; answers they confirmed keep the name (it is still who confirmed). */
    public static Assessment remove(Assessment a, int index) {
        List<Attendee> fewer = new ArrayList<>(a.engagement().attendees());
        if (index < 0 || index >= fewer.size()) {
            return a;
        }
        fewer.remove(index);
        return with(a, fewer);
    }

    /** Changes the role or organisation of the attendee at {@code index}. */
    public static Assessment change(Assessment a, int index, UnaryOperator<Attendee> change) {
        List<Attendee> list = new ArrayList<>(a.engagement().attendees());
        if (index < 0 || index >= list.size()) {
            return a;
        }
        list.set(index, change.apply(list.get(index)));
        return with(a, list);
    }

    /**
     * Renames the attendee at {@code index}; the answers they confirmed follow, unless another
     * attendee still has the old name (then the answers may mean that one).
     */
    public static Assessment rename(Assessment a, int index, String newName) {
        List<Attendee> list = a.engagement().attendees();
        if (index < 0 || index >= list.size()) {
            return a;
        }
        String old = list.get(index).name();
        Assessment renamed = change(a, index, x -> x.withName(newName));
        boolean oldStillThere = renamed.engagement().attendee(old).isPresent();
        if (old.isEmpty() || oldStillThere) {
            return renamed;
        }
        Assessment out = renamed;
        for (var e : a.answers().entrySet()) {
            Answer answer = e.getValue();
            if (answer.confirmedBy().equals(old)) {
                out = out.withAnswer(e.getKey(), answer.withConfirmedBy(newName));
            }
        }
        return out;
    }

    private static Assessment with(Assessment a, List<Attendee> attendees) {
        return a.withEngagement(a.engagement().withAttendees(attendees));
    }
}
