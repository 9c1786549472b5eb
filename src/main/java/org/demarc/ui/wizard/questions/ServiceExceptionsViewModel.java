package org.demarc.ui.wizard.questions;

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
import org.demarc.model.Service;
import org.demarc.model.ServiceException;

/**
 * Per-service exceptions of the selected answer (one service answers differently), and the
 * exception being written: service, status and note.
 */
public final class ServiceExceptionsViewModel {
    private final SelectedAnswer selected;
    private final ObservableList<ServiceException> items = FXCollections.observableArrayList();
    private final ObjectProperty<Service> service = new SimpleObjectProperty<>();
    private final ObjectProperty<AnswerStatus> status = new SimpleObjectProperty<>(AnswerStatus.NOT_APPLICABLE);
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanBinding canAdd = service.isNotNull().and(status.isNotNull());

    ServiceExceptionsViewModel(SelectedAnswer selected) {
        this.selected = selected;
        selected.answerProperty().addListener((obs, o, n) -> pull(n));
        // Another control starts with an empty exception row, not the last control's choice.
        selected.controlProperty().addListener((obs, o, n) -> {
            service.set(null);
            note.set("");
        });
        pull(selected.answerProperty().get());
    }

    /** The service's name for an id (the id itself if the catalog no longer has it). */
    public String serviceName(String serviceId) {
        var an = selected.session().analysis();
        return an == null ? serviceId : an.matrix().services().stream().filter(s -> s.id().equals(serviceId))
                .map(Service::name).findFirst().orElse(serviceId);
    }

    private void pull(Answer a) {
        ListEdits.sync(items, a == null ? List.of() : a.exceptions());
    }

    public ObservableList<ServiceException> items() {
        return items;
    }

    /** The statuses an exception can have: an exception is never inherited. */
    public List<AnswerStatus> statuses() {
        return List.of(AnswerStatus.IMPLEMENTED, AnswerStatus.PARTIAL, AnswerStatus.NOT_IMPLEMENTED,
                AnswerStatus.NOT_APPLICABLE, AnswerStatus.ALTERNATIVE);
    }

    public List<Service> servicesInScope() {
        var an = selected.session().analysis();
        return an == null ? List.of() : an.matrix().services();
    }

    public ObjectProperty<Service> serviceProperty() {
        return service;
    }

    public ObjectProperty<AnswerStatus> statusProperty() {
        return status;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    /** Adds the exception written (replacing one for the same service) and clears the note. */
    public void add() {
        if (canAdd.get()) {
            add(new ServiceException(service.get().id(), status.get(), note.get().strip()));
            note.set("");
        }
    }

    public void add(ServiceException x) {
        selected.edit(null, a -> a.withExceptions(ListEdits.append(
                a.exceptions().stream().filter(e -> !e.serviceId().equals(x.serviceId())).toList(), x)));
    }

    public void remove(String serviceId) {
        selected.edit(null, a -> a.withExceptions(
                a.exceptions().stream().filter(e -> !e.serviceId().equals(serviceId)).toList()));
    }
}
