package org.demarc.ui.wizard.questions;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.demarc.ui.common.Forms;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.TextDirection;

/** "Confirmed by" (one of the workshop attendees) and "Parked", in the answer form's columns. */
final class WorkshopEditor {
    private final GridPane root = Forms.grid();

    WorkshopEditor(WorkshopViewModel model) {
        ComboBox<String> who = new ComboBox<>(model.choices());
        who.setId("question-confirmed-by");
        who.setMaxWidth(Double.MAX_VALUE);
        StringConverter<String> names = new StringConverter<>() {
            @Override
            public String toString(String name) {
                if (name == null || name.isEmpty()) {
                    return I18n.t("question.confirmedBy.nobody");
                }
                String role = model.attendee(name).map(x -> x.role()).orElse("");
                return role.isBlank() ? name : I18n.t("question.confirmedBy.item", name, role);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
        who.setConverter(names);
        who.setButtonCell(cell(names));
        who.setCellFactory(v -> cell(names));
        who.valueProperty().bindBidirectional(model.confirmedByProperty());
        CheckBox parked = new CheckBox(I18n.t("question.parked"));
        parked.setId("question-parked");
        parked.setWrapText(true);
        parked.selectedProperty().bindBidirectional(model.parkedProperty());
        int r = Forms.row(root, 0, I18n.t("question.confirmedBy"), who, null);
        root.add(parked, 1, r);
    }

    private static ListCell<String> cell(StringConverter<String> names) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : names.toString(item));
                TextDirection.orient(this, getText());
            }
        };
    }

    Node root() {
        return root;
    }
}
