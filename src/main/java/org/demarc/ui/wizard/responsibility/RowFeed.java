package org.demarc.ui.wizard.responsibility;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.demarc.model.Control;

/**
 * The matrix rows as the tables receive them: a few more rows on each {@link #next()} (one a pulse)
 * until a screenful is there, then the rest at once; from then on the same as the rows given.
 * A row on screen costs a styled row and its cells in both tables, which the pulse that adds it
 * pays for, so no single pulse builds a whole screen of them. Rows past the screen cost nothing
 * until scrolled to.
 */
final class RowFeed {
    /** Rows added per pulse: a handful of styled rows with their cells stays well under 100 ms. */
    static final int PER_PULSE = 3;
    /** More rows than any window shows at once (1080 px / 28 px rows). */
    static final int SCREENFUL = 42;

    private final ObservableList<Control> rows;
    private final ObservableList<Control> items = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper building = new ReadOnlyBooleanWrapper(true);
    private boolean started;

    RowFeed(ObservableList<Control> rows) {
        this.rows = rows;
        rows.addListener((ListChangeListener<Control>) c -> {
            if (!building.get()) {
                items.setAll(rows);
            } else if (started) {
                // Rows filtered meanwhile: keep the part given that still leads the new rows.
                items.setAll(rows.subList(0, Math.min(items.size(), rows.size())));
            }
        });
    }

    /** What the tables show. */
    ObservableList<Control> items() {
        return items;
    }

    /** True until every row has been given to the tables. */
    ReadOnlyBooleanProperty building() {
        return building.getReadOnlyProperty();
    }

    /** Gives the tables the next few rows (the first call starts); true once every row is there. */
    boolean next() {
        started = true;
        int given = items.size();
        // The first row alone: it also pays for the first styled row and cells of the run.
        int step = given == 0 ? 1 : PER_PULSE;
        int upTo = given + step >= SCREENFUL ? rows.size() : Math.min(rows.size(), given + step);
        items.addAll(rows.subList(given, upTo));
        if (items.size() == rows.size()) {
            building.set(false);
        }
        return !building.get();
    }
}
