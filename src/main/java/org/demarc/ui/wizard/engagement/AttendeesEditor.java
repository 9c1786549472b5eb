package org.demarc.ui.wizard.engagement;

import java.util.ArrayList;
import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.demarc.model.Attendee;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The attendees table of the engagement step: one row of fields (name, role, organisation) per
 * person and a remove button. Keyboard first: Alt+D adds a row and puts the cursor in its name,
 * Tab walks the row, Enter in the last row adds the next one. Rows are kept while the list
 * changes, so typing never loses the focus.
 */
final class AttendeesEditor {
    private final AttendeesViewModel model;
    private final GridPane grid = new GridPane();
    private final List<Row> rows = new ArrayList<>();
    private final Label empty = new Label(I18n.t("engagement.attendees.none"));
    private final VBox root;
    private boolean updating;

    AttendeesEditor(AttendeesViewModel model) {
        this.model = model;
        grid.setHgap(6);
        grid.setVgap(4);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHgrow(Priority.ALWAYS);
            c.setPercentWidth(31);
            grid.getColumnConstraints().add(c);
        }
        grid.getColumnConstraints().add(new ColumnConstraints());
        // Only the headings and the hint come and go: a new row joins a grid on screen, so it can take the focus.
        BooleanBinding none = Bindings.isEmpty(model.attendees());
        for (Label h : List.of(heading("engagement.attendees.name"), heading("engagement.attendees.role"),
                heading("engagement.attendees.organisation"))) {
            h.visibleProperty().bind(none.not());
            h.managedProperty().bind(h.visibleProperty());
            grid.add(h, grid.getChildren().size(), 0);
        }
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.visibleProperty().bind(none);
        empty.managedProperty().bind(empty.visibleProperty());
        Button add = new Button(I18n.t("engagement.attendees.add"), Icons.of(MaterialDesignC.CARD_ACCOUNT_DETAILS_OUTLINE));
        add.setId("attendee-add");
        add.setMnemonicParsing(true);
        add.setOnAction(e -> addAndFocus());
        Label duplicate = new Label();
        duplicate.setId("attendee-error");
        duplicate.setWrapText(true);
        duplicate.getStyleClass().add("form-error");
        duplicate.textProperty().bind(model.duplicateErrorProperty());
        duplicate.visibleProperty().bind(duplicate.textProperty().isNotEmpty());
        duplicate.managedProperty().bind(duplicate.visibleProperty());
        root = new VBox(6, empty, grid, duplicate, add);
        root.disableProperty().bind(model.readOnlyProperty());
        model.attendees().addListener((ListChangeListener<Attendee>) c -> show());
        show();
    }

    Node root() {
        return root;
    }

    private static Label heading(String key) {
        Label l = new Label(I18n.t(key));
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return l;
    }

    private void addAndFocus() {
        model.add();
        if (!rows.isEmpty()) {
            TextField name = rows.get(rows.size() - 1).name;
            // After the Alt key's own handling, which focuses the button it fired.
            Platform.runLater(name::requestFocus);
        }
    }

    /** Brings the rows in line with the list: as many rows as attendees, each showing its attendee. */
    private void show() {
        updating = true;
        try {
            List<Attendee> list = model.attendees();
            while (rows.size() < list.size()) {
                rows.add(new Row(rows.size()));
            }
            while (rows.size() > list.size()) {
                rows.remove(rows.size() - 1).detach();
            }
            for (int i = 0; i < list.size(); i++) {
                rows.get(i).show(list.get(i));
            }
        } finally {
            updating = false;
        }
    }

    /** The fields of one attendee; row {@code index} always edits the attendee at that index. */
    private final class Row {
        final int index;
        final TextField name;
        final TextField role;
        final TextField organisation;
        final Button remove = new Button(null, Icons.of(MaterialDesignC.CLOSE));

        Row(int index) {
            this.index = index;
            name = field("name", "engagement.attendees.name", AttendeesViewModel::setName);
            role = field("role", "engagement.attendees.role", AttendeesViewModel::setRole);
            organisation = field("organisation", "engagement.attendees.organisation", AttendeesViewModel::setOrganisation);
            remove.setId("attendee-remove-" + index);
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setTooltip(new Tooltip(I18n.t("engagement.attendees.remove")));
            remove.setOnAction(e -> model.remove(index));
            grid.addRow(index + 1, name, role, organisation, remove);
        }

        private TextField field(String what, String labelKey, Setter setter) {
            TextField f = new TextField();
            f.setId("attendee-" + what + "-" + index);
            f.setAccessibleText(I18n.t(labelKey));
            f.textProperty().addListener((obs, o, n) -> {
                if (!updating) {
                    setter.accept(model, index, n);
                }
            });
            f.setOnAction(e -> {
                if (index == rows.size() - 1 && !name.getText().isBlank()) {
                    addAndFocus();
                }
            });
            return f;
        }

        void show(Attendee a) {
            set(name, a.name());
            set(role, a.role());
            set(organisation, a.organisation());
            remove.setAccessibleText(I18n.t("engagement.attendees.removeNamed", a.name()));
        }

        private void set(TextField f, String value) {
            if (!f.getText().equals(value)) {
                f.setText(value);
            }
        }

        void detach() {
            grid.getChildren().removeAll(name, role, organisation, remove);
        }
    }

    @FunctionalInterface
    private interface Setter {
        void accept(AttendeesViewModel model, int index, String value);
    }
}
