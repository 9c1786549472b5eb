package org.demarc.ui.wizard.questions;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Service;
import org.demarc.model.ServiceException;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.TextDirection;

/** Per-service exceptions: where one service in scope answers differently from the answer. */
final class ServiceExceptionsEditor {
    private final VBox root;

    ServiceExceptionsEditor(ServiceExceptionsViewModel model) {
        ListView<ServiceException> list = new ListView<>(model.items());
        list.setId("question-exceptions");
        list.setPrefHeight(80);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ServiceException x, boolean empty) {
                super.updateItem(x, empty);
                setText(empty || x == null ? null : model.serviceName(x.serviceId()) + ": " + I18n.t("status." + x.status().name())
                        + (x.note().isBlank() ? "" : " — " + x.note()));
                // The note is what the auditor typed: a Hebrew or Arabic note reads from the right.
                TextDirection.orient(this, empty || x == null || x.note().isBlank() ? null : x.note());
            }
        });
        list.setPlaceholder(new Label(I18n.t("question.exceptions.none")));
        ComboBox<Service> service = new ComboBox<>();
        service.setId("exception-service");
        service.setAccessibleText(I18n.t("question.exceptions.service"));
        service.setPromptText(I18n.t("question.exceptions.service"));
        service.setOnShowing(e -> service.getItems().setAll(model.servicesInScope()));
        service.setConverter(converter(s -> s.name()));
        service.valueProperty().bindBidirectional(model.serviceProperty());
        ComboBox<AnswerStatus> status = new ComboBox<>();
        status.setId("exception-status");
        status.getItems().setAll(model.statuses());
        status.setAccessibleText(I18n.t("question.status"));
        status.setConverter(converter(s -> I18n.t("status." + s.name())));
        status.valueProperty().bindBidirectional(model.statusProperty());
        TextField note = new TextField();
        note.setId("exception-note");
        note.setPromptText(I18n.t("question.exceptions.note"));
        note.setAccessibleText(I18n.t("question.exceptions.note"));
        note.textProperty().bindBidirectional(model.noteProperty());
        TextDirection.follow(note);
        HBox.setHgrow(note, Priority.ALWAYS);
        Button add = new Button(I18n.t("common.add"));
        add.setId("exception-add");
        add.disableProperty().bind(model.canAddProperty().not());
        add.setOnAction(e -> model.add());
        Button remove = new Button(I18n.t("common.remove"));
        remove.setId("exception-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem().serviceId()));
        // The buttons keep their words; the note field gives way when space is short.
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        note.setMinWidth(60);
        // Moving to another control leaves no exception of the previous one selected.
        model.items().addListener((javafx.collections.ListChangeListener<ServiceException>) c -> list.getSelectionModel().clearSelection());
        root = new VBox(6, list, new HBox(8, service, status, note, add, remove));
    }

    Node root() {
        return root;
    }

    /** Shows items in a combo box; nothing is ever typed into these, so there is no way back. */
    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
