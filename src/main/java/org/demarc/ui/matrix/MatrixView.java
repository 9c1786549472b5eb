package org.demarc.ui.matrix;

import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.model.Assessment;
import org.demarc.model.Assignment;
import org.demarc.model.CellReason;
import org.demarc.model.Control;
import org.demarc.model.Messages;
import org.demarc.model.Responsibility;
import org.demarc.model.ResponsibilityMatrix;
import org.demarc.model.Service;

/** The responsibility matrix of an assessment's scope, colour-coded, with the reason of each cell. */
public final class MatrixView {
    private final BorderPane root = new BorderPane();
    private final Label heading = new Label();
    private final Label reason = new Label();

    public MatrixView() {
        root.getStylesheets().add(MatrixView.class.getResource("matrix.css").toExternalForm());
        root.getStyleClass().add("matrix-view");
        heading.getStyleClass().add("heading");
        reason.getStyleClass().add("reason");
        reason.setWrapText(true);
    }

    public Parent root() {
        return root;
    }

    public void show(Assessment assessment) {
        ResponsibilityMatrix m = ResponsibilityEngine.matrix(assessment.catalog(), assessment.scope());
        heading.setText(Messages.get("matrix.heading", assessment.engagement().title(),
                assessment.catalog().name(), assessment.catalog().version()));
        TableView<Control> table = new TableView<>();
        table.setId("matrix-table");
        TableColumn<Control, String> id = new TableColumn<>(Messages.get("matrix.column.control"));
        id.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().id()));
        id.setPrefWidth(80);
        TableColumn<Control, String> title = new TableColumn<>(Messages.get("matrix.column.title"));
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        title.setPrefWidth(280);
        table.getColumns().add(id);
        table.getColumns().add(title);
        for (Service s : m.services()) {
            TableColumn<Control, Assignment> col = new TableColumn<>(s.name());
            col.setId(s.id());
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(m.cell(c.getValue().id(), s.id())));
            col.setCellFactory(c -> new AssignmentCell());
            col.setPrefWidth(96);
            col.setSortable(false);
            table.getColumns().add(col);
        }
        table.getItems().setAll(m.controls());
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> describeSelection(table, m));
        table.getFocusModel().focusedCellProperty().addListener((obs, o, n) -> describeSelection(table, m));
        reason.setText(Messages.get("matrix.reason.hint"));
        VBox top = new VBox(6, heading, legend());
        top.setPadding(new Insets(12));
        root.setTop(top);
        root.setCenter(table);
        reason.setPadding(new Insets(12));
        root.setBottom(reason);
    }

    private void describeSelection(TableView<Control> table, ResponsibilityMatrix m) {
        var pos = table.getFocusModel().getFocusedCell();
        if (pos == null || pos.getTableColumn() == null || pos.getRow() < 0
                || pos.getTableColumn().getId() == null) {
            return;
        }
        Control c = table.getItems().get(pos.getRow());
        Assignment a = m.cell(c.id(), pos.getTableColumn().getId());
        reason.setText(describe(a));
    }

    static String describe(Assignment a) {
        String who = Messages.get("responsibility." + a.responsibility().name());
        if (a.reason() == CellReason.SERVICE_OVERRIDE) {
            return Messages.get("matrix.reason.override", a.controlId(), a.serviceId(), who, a.rationale());
        }
        return Messages.get("matrix.reason.default", a.controlId(), a.serviceId(), who,
                Messages.get("category." + a.category().name()));
    }

    private static HBox legend() {
        HBox box = new HBox(12);
        for (Responsibility r : Responsibility.values()) {
            Label l = new Label(Messages.get("responsibility." + r.name()));
            l.getStyleClass().addAll("legend", "cell-" + r.name().toLowerCase(java.util.Locale.ROOT));
            box.getChildren().add(l);
        }
        box.getChildren().add(new Label(Messages.get("matrix.legend.override")));
        return box;
    }

    public void showError(String title, List<String> lines) {
        heading.setText(title);
        VBox box = new VBox(6);
        box.setPadding(new Insets(12));
        box.getChildren().add(heading);
        lines.forEach(line -> {
            Label l = new Label(line);
            l.setWrapText(true);
            box.getChildren().add(l);
        });
        root.setCenter(box);
    }

    private static final class AssignmentCell extends TableCell<Control, Assignment> {
        @Override
        protected void updateItem(Assignment item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(s -> s.startsWith("cell-"));
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            String who = Messages.get("responsibility." + item.responsibility().name());
            setText(item.reason() == CellReason.SERVICE_OVERRIDE ? who + " *" : who);
            getStyleClass().add("cell-" + item.responsibility().name().toLowerCase(java.util.Locale.ROOT));
            setTooltip(new Tooltip(describe(item)));
        }
    }
}
