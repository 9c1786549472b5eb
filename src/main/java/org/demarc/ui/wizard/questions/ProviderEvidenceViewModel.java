package org.demarc.ui.wizard.questions;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.ProviderEvidence;

/**
 * The provider evidence relied on for an inherited control (SOC 2, ISO 27001…), and the entry
 * being written. Adding evidence acknowledges the control.
 */
public final class ProviderEvidenceViewModel {
    private final SelectedAnswer selected;
    private final ObservableList<ProviderEvidence> items = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty issuer = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> periodFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> periodTo = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> obtainedOn = new SimpleObjectProperty<>();
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanBinding canAdd = name.isNotEmpty();

    ProviderEvidenceViewModel(SelectedAnswer selected) {
        this.selected = selected;
        obtainedOn.set(selected.today());
        selected.answerProperty().addListener((obs, o, n) -> pull(n));
        pull(selected.answerProperty().get());
    }

    private void pull(Answer a) {
        ListEdits.sync(items, a == null ? List.of() : a.providerEvidence());
    }

    public ObservableList<ProviderEvidence> items() {
        return items;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty issuerProperty() {
        return issuer;
    }

    public ObjectProperty<LocalDate> periodFromProperty() {
        return periodFrom;
    }

    public ObjectProperty<LocalDate> periodToProperty() {
        return periodTo;
    }

    public ObjectProperty<LocalDate> obtainedOnProperty() {
        return obtainedOn;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    /** Adds the entry written and clears its name and note; issuer, dates and source often repeat. */
    public void add() {
        if (canAdd.get()) {
            add(new ProviderEvidence(name.get().strip(), issuer.get().strip(), periodFrom.get(), periodTo.get(),
                    obtainedOn.get(), source.get().strip(), note.get().strip()));
            name.set("");
            note.set("");
        }
    }

    public void add(ProviderEvidence pe) {
        selected.confirm(a -> {
            Answer base = a == null ? Answer.of(AnswerStatus.INHERITED) : a;
            return base.withProviderEvidence(ListEdits.append(base.providerEvidence(), pe));
        });
    }

    public void remove(int index) {
        selected.edit(null, a -> a.withProviderEvidence(ListEdits.without(a.providerEvidence(), index)));
    }
}
