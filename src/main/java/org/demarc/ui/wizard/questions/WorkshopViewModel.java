package org.demarc.ui.wizard.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.demarc.model.Answer;
import org.demarc.model.Assessment;
import org.demarc.model.Attendee;

/**
 * What the workshop adds to the selected answer: which attendee confirmed it (one of the
 * engagement's attendees, or nobody) and whether it is parked to be discussed later. Like the
 * answer form, each property writes only its own component, so showing another answer writes nothing.
 */
public final class WorkshopViewModel {
    /** The choice meaning "nobody recorded". */
    public static final String NOBODY = "";

    private final SelectedAnswer selected;
    private final ObservableList<String> choices = FXCollections.observableArrayList(NOBODY);
    private final StringProperty confirmedBy = new SimpleStringProperty(NOBODY);
    private final BooleanProperty parked = new SimpleBooleanProperty();
    private boolean updating;

    WorkshopViewModel(SelectedAnswer selected) {
        this.selected = selected;
        selected.answerProperty().addListener((obs, o, n) -> pull());
        selected.session().assessmentProperty().addListener((obs, o, n) -> pull());
        pull();
        confirmedBy.addListener((obs, o, n) -> {
            // A combo box clears its value while its items are replaced: that is not a choice.
            if (!updating && n != null) {
                selected.edit(null, a -> a.withConfirmedBy(n));
            }
        });
        parked.addListener((obs, o, n) -> {
            if (!updating) {
                selected.edit(null, a -> a.withParked(n));
            }
        });
    }

    private void pull() {
        updating = true;
        try {
            Answer a = selected.answerProperty().get();
            String who = a == null ? NOBODY : a.confirmedBy();
            List<String> now = names(selected.session().assessment());
            if (!now.contains(who)) {
                now.add(who); // an attendee removed since still confirmed it
            }
            if (!choices.equals(now)) {
                choices.setAll(now);
            }
            confirmedBy.set(who);
            parked.set(a != null && a.parked());
        } finally {
            updating = false;
        }
    }

    private static List<String> names(Assessment a) {
        List<String> names = new ArrayList<>();
        names.add(NOBODY);
        if (a != null) {
            a.engagement().attendees().stream().map(Attendee::name).filter(n -> !n.isBlank()).distinct()
                    .forEach(names::add);
        }
        return names;
    }

    /** Nobody first, then the attendees by name, in the order of the engagement step. */
    public ObservableList<String> choices() {
        return choices;
    }

    public StringProperty confirmedByProperty() {
        return confirmedBy;
    }

    public BooleanProperty parkedProperty() {
        return parked;
    }

    /** The attendee of that name, for showing the role beside it. */
    public Optional<Attendee> attendee(String name) {
        Assessment a = selected.session().assessment();
        return a == null ? Optional.empty() : a.engagement().attendee(name);
    }

    /** Parks the selected answer, or takes it back from the parked list. */
    public void togglePark() {
        selected.edit(null, a -> a.withParked(!a.parked()));
    }
}
