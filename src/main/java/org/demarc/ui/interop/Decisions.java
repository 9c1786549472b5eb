package org.demarc.ui.interop;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ObservableList;

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
}
