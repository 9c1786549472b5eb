package org.demarc.ui.interop;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.demarc.ui.common.I18n;

/**
 * The import preview: one row per control the questionnaire would change, with a check box to
 * accept or reject it, what kind of change it is and the values (or, for an invalid row, what is
 * wrong and in which cell). Nothing changes until Import is pressed.
 */
public final class ImportPreviewDialog {
    private final ImportPreviewViewModel model;

    public ImportPreviewDialog(ImportPreviewViewModel model) {
        this.model = model;
    }

    /** Shows the dialog and waits; true when the auditor chose to import the accepted rows. */
    public boolean showAndWait(Window owner) {
        // A dialog sizes itself to its content's preferred size, which a table underestimates.
        ReviewDialog review = new ReviewDialog(owner, I18n.t("importPreview.title", model.source()),
                I18n.t("importPreview.import"), content(), 900, 520, 1120, 640);
        Node ok = review.applyButton();
        ok.disableProperty().bind(model.acceptedCountProperty().isEqualTo(0));
        ((Button) ok).textProperty().bind(model.acceptedCountProperty().asString(I18n.t("importPreview.importCount")));
        return review.showAndWait();
    }

    /** The dialog's content, also rendered on its own for the README's screenshot. */
    public VBox content() {
        Label summary = new Label(model.summary());
        summary.setId("import-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("title-4");
        VBox notes = new VBox(4);
        model.notes().forEach(n -> {
            Label l = new Label(n);
            l.setWrapText(true);
            notes.getChildren().add(l);
        });
        Button acceptAll = new Button(I18n.t("importPreview.acceptAll"));
        acceptAll.setOnAction(e -> model.acceptAll());
        Button rejectAll = new Button(I18n.t("importPreview.rejectAll"));
        rejectAll.setOnAction(e -> model.rejectAll());
        HBox buttons = new HBox(8, acceptAll, rejectAll);
        VBox box = new VBox(10, summary, notes, table(), buttons);
        VBox.setVgrow(box.getChildren().get(2), Priority.ALWAYS);
        box.getStylesheets().add(ImportPreviewDialog.class.getResource("/org/demarc/ui/demarc.css").toExternalForm());
        return box;
    }

    private TableView<ImportPreviewViewModel.Row> table() {
        TableView<ImportPreviewViewModel.Row> table = new TableView<>(model.rows());
        table.setId("import-rows");
        table.setEditable(true);
        TableColumn<ImportPreviewViewModel.Row, Boolean> accept = new TableColumn<>(I18n.t("importPreview.accept"));
        accept.setCellValueFactory(c -> c.getValue().acceptedProperty());
        accept.setCellFactory(col -> new CheckBoxTableCell<>() {
            @Override
            public void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                ImportPreviewViewModel.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setDisable(row != null && !row.acceptable());
            }
        });
        accept.setEditable(true);
        accept.setPrefWidth(70);
        accept.setMinWidth(70);
        TableColumn<ImportPreviewViewModel.Row, String> control = text(I18n.t("importPreview.control"),
                r -> r.change().controlId(), 80);
        TableColumn<ImportPreviewViewModel.Row, String> title = text(I18n.t("importPreview.controlTitle"),
                r -> r.change().title(), 200);
        TableColumn<ImportPreviewViewModel.Row, String> kind = text(I18n.t("importPreview.kind"),
                ImportPreviewViewModel.Row::kind, 80);
        TableColumn<ImportPreviewViewModel.Row, String> details = text(I18n.t("importPreview.details"),
                ImportPreviewViewModel.Row::details, 600);
        table.getColumns().add(accept);
        table.getColumns().add(control);
        table.getColumns().add(title);
        table.getColumns().add(kind);
        table.getColumns().add(details);
        table.setRowFactory(tv -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ImportPreviewViewModel.Row item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("import-conflict", "import-invalid");
                if (item != null && !empty) {
                    switch (item.change().kind()) {
                        case CONFLICT -> getStyleClass().add("import-conflict");
                        case INVALID -> getStyleClass().add("import-invalid");
                        default -> { }
                    }
                }
            }
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.t("importPreview.nothing")));
        return table;
    }

    private static TableColumn<ImportPreviewViewModel.Row, String> text(String heading,
            java.util.function.Function<ImportPreviewViewModel.Row, String> value, double width) {
        TableColumn<ImportPreviewViewModel.Row, String> col = new TableColumn<>(heading);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        col.setPrefWidth(width);
        // Narrow columns keep their width; the details column takes what is left.
        col.setMinWidth(Math.min(width, 90));
        col.setEditable(false);
        return col;
    }
}
