package org.demarc.ui.compare;

import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.demarc.catalog.compare.ProviderComparison.Column;
import org.demarc.model.Assignment;
import org.demarc.model.Control;
import org.demarc.ui.common.I18n;
import org.demarc.ui.wizard.responsibility.AssignmentCell;

/**
 * The comparison table: a row per control (id and title), a column per provider's service, each
 * cell coloured and lettered as in the matrix ({@code *} for an override); the selected cell's
 * reason and page underneath.
 */
public final class ProviderComparisonView {
    private final BorderPane root = new BorderPane();

    public ProviderComparisonView(ProviderComparisonViewModel model) {
        root.setId("compare-providers");
        root.getStylesheets().add(ProviderComparisonView.class.getResource("/org/demarc/ui/demarc.css").toExternalForm());
        Label heading = new Label(model.heading());
        heading.getStyleClass().add("title-3");
        heading.setWrapText(true);
        Label paired = new Label(model.pairedBy());
        paired.setId("compare-providers-paired");
        paired.setWrapText(true);
        paired.getStyleClass().add("text-muted");
        VBox top = new VBox(6, heading, paired);
        top.setPadding(new Insets(12, 12, 8, 12));

        TableView<Control> table = new TableView<>();
        table.setId("compare-providers-table");
        table.getItems().setAll(model.controls());
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Control, String> id = new TableColumn<>(I18n.t("compare.providers.control"));
        id.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().id()));
        id.setPrefWidth(76);
        id.setMinWidth(76);
        TableColumn<Control, String> title = new TableColumn<>(I18n.t("compare.providers.title"));
        title.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().title()));
        title.setPrefWidth(220);
        table.getColumns().add(id);
        table.getColumns().add(title);
        for (Column column : model.columns()) {
            TableColumn<Control, Assignment> col = new TableColumn<>(ProviderComparisonViewModel.header(column));
            col.setUserData(column);
            col.setCellValueFactory(c -> new SimpleObjectProperty<>(column.cell(c.getValue()).orElse(null)));
            col.setCellFactory(c -> new AssignmentCell());
            // Five providers' services fit beside the titles at 1024 wide; long names wrap in the header.
            col.setPrefWidth(134);
            col.setSortable(false);
            table.getColumns().add(col);
        }
        table.getSelectionModel().getSelectedCells().addListener(
                (javafx.collections.ListChangeListener<TablePosition>) change -> explain(model, table));

        Label reason = new Label();
        reason.setId("compare-providers-reason");
        reason.setWrapText(true);
        reason.textProperty().bind(model.reasonProperty());
        reason.setMinHeight(54);
        Label source = new Label();
        source.setId("compare-providers-source");
        source.setWrapText(true);
        source.textProperty().bind(model.sourceProperty());
        VBox bottom = new VBox(4, reason, source);
        bottom.setPadding(new Insets(8, 12, 12, 12));
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setTop(top);
        root.setCenter(table);
        BorderPane.setMargin(table, new Insets(0, 12, 0, 12));
        root.setBottom(bottom);
    }

    private static void explain(ProviderComparisonViewModel model, TableView<Control> table) {
        var cells = table.getSelectionModel().getSelectedCells();
        if (cells.isEmpty() || cells.get(0).getTableColumn() == null) {
            return;
        }
        TablePosition<?, ?> at = cells.get(0);
        if (at.getTableColumn().getUserData() instanceof Column column && at.getRow() >= 0) {
            model.select(table.getItems().get(at.getRow()), column);
        }
    }

    public BorderPane root() {
        return root;
    }
}
