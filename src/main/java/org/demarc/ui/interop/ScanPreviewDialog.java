package org.demarc.ui.interop;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.MnemonicToggle;

/**
 * A scan's suggestions: one row per control with a check box to accept it, the counts, severity
 * and suggested status, the failing resources; below, the checks that reached no control and why.
 * Nothing changes until Record is pressed: then the scan becomes evidence on every answered control
 * it touches, and ticked controls take the suggested status.
 */
public final class ScanPreviewDialog {
    private final ScanPreviewViewModel model;

    public ScanPreviewDialog(ScanPreviewViewModel model) {
        this.model = model;
    }

    /** Shows the dialog and waits; true when the auditor chose to record the accepted suggestions. */
    public boolean showAndWait(Window owner) {
        ReviewDialog review = new ReviewDialog(owner, I18n.t("scanPreview.title", model.source()),
                I18n.t("scanPreview.record"), content(), 860, 500, 980, 600);
        Node ok = review.applyButton();
        ok.setId("scan-record");
        ((Button) ok).textProperty().bind(model.acceptedCountProperty().asString(I18n.t("scanPreview.recordCount")));
        return review.showAndWait();
    }

    /** The dialog's content, also shot on its own by the screenshot tool. */
    public VBox content() {
        Label summary = new Label(model.summary());
        summary.setId("scan-summary");
        summary.setWrapText(true);
        Label lead = new Label(I18n.t("scanPreview.lead"));
        lead.setWrapText(true);
        // Never cut to one line with "...": the lead says what Record does.
        lead.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox notes = new VBox(2);
        notes.setId("scan-notes");
        model.notes().forEach(n -> {
            Label l = new Label(n);
            l.setWrapText(true);
            notes.getChildren().add(l);
        });
        Button acceptAll = new Button(I18n.t("scanPreview.acceptAll"));
        acceptAll.setId("scan-accept-all");
        acceptAll.setOnAction(e -> model.acceptAll());
        Button rejectAll = new Button(I18n.t("scanPreview.rejectAll"));
        rejectAll.setOnAction(e -> model.rejectAll());
        CheckBox internal = MnemonicToggle.on(new CheckBox(I18n.t("scanPreview.internal")));
        internal.setId("scan-internal");
        internal.selectedProperty().bindBidirectional(model.internalProperty());
        TableView<ScanPreviewViewModel.Row> table = table();
        VBox box = new VBox(10, summary, lead, table, new HBox(8, acceptAll, rejectAll), internal, notes);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private TableView<ScanPreviewViewModel.Row> table() {
        TableView<ScanPreviewViewModel.Row> table = new TableView<>(model.rows());
        table.setId("scan-rows");
        table.setEditable(true);
        TableColumn<ScanPreviewViewModel.Row, Boolean> accept = new TableColumn<>(I18n.t("importPreview.accept"));
        accept.setCellValueFactory(c -> c.getValue().acceptedProperty());
        accept.setCellFactory(col -> new CheckBoxTableCell<>() {
            @Override
            public void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                ScanPreviewViewModel.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setDisable(row != null && !row.acceptable());
            }
        });
        accept.setEditable(true);
        accept.setMinWidth(70);
        TableColumn<ScanPreviewViewModel.Row, String> control = new TableColumn<>(I18n.t("importPreview.control"));
        control.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().suggestion().controlId()));
        control.setMinWidth(80);
        control.setEditable(false);
        TableColumn<ScanPreviewViewModel.Row, String> details = new TableColumn<>(I18n.t("scanPreview.details"));
        details.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().details()));
        details.setEditable(false);
        table.getColumns().add(accept);
        table.getColumns().add(control);
        table.getColumns().add(details);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.t("scanPreview.nothing")));
        return table;
    }
}
