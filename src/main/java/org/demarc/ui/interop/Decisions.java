package org.demarc.ui.interop;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ObservableList;
import org.demarc.model.Assessment;
import org.demarc.ui.session.AssessmentSession;

/** The auditor's accept/reject decisions on the rows of an import preview (questionnaire or scan). */
final class Decisions {
    /** One row a decision is taken on: its control, whether it may be accepted, and the decision. */
    interface Row {
        String controlId();

        boolean acceptable();

        BooleanProperty acceptedProperty();
    }

    private Decisions() {
    }

    /** Keeps a row that may not be accepted from being ticked. */
    static void guard(Row row) {
        row.acceptedProperty().addListener((obs, o, n) -> {
            if (n && !row.acceptable()) {
                row.acceptedProperty().set(false);
            }
        });
    }

    static IntegerBinding acceptedCount(ObservableList<? extends Row> rows) {
        return Bindings.createIntegerBinding(() -> (int) rows.stream().filter(r -> r.acceptedProperty().get()).count(),
                rows);
    }

    static void acceptAll(List<? extends Row> rows) {
        rows.forEach(r -> r.acceptedProperty().set(r.acceptable()));
    }

    static void rejectAll(List<? extends Row> rows) {
        rows.forEach(r -> r.acceptedProperty().set(false));
    }

    static Set<String> accepted(List<? extends Row> rows) {
        Set<String> ids = new LinkedHashSet<>();
        rows.stream().filter(r -> r.acceptedProperty().get()).forEach(r -> ids.add(r.controlId()));
        return ids;
    }

    /**
     * Applies the decisions as one undoable edit of the session, so one undo takes the whole import
     * back: {@code apply} makes the outcome, {@code result} is its new assessment, and the count it
     * reports is returned (0 when the session refuses edits, a signed-off assessment for one).
     */
    static <O> int applyAsOneEdit(AssessmentSession session, Function<Assessment, O> apply,
                                  Function<O, Assessment> result, ToIntFunction<O> count) {
        int[] counted = {0};
        session.edit(null, a -> {
            O outcome = apply.apply(a);
            counted[0] = count.applyAsInt(outcome);
            return result.apply(outcome);
        });
        return counted[0];
    }
}
