package org.demarc.ui.wizard.responsibility;

import java.util.Locale;

import atlantafx.base.theme.Styles;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.demarc.model.Assignment;
import org.demarc.model.CellReason;
import org.demarc.model.Control;
import org.demarc.model.Domain;
import org.demarc.model.Responsibility;
import org.demarc.model.ResponsibilityMatrix;
import org.demarc.model.Service;
import org.demarc.ui.common.I18n;
import org.demarc.ui.wizard.StepView;

/**
 * The responsibility matrix for the scope: controls × services, colour-coded with a legend, the
 * reason of the selected cell beside it, and a domain filter.
 */
public final class ResponsibilityView implements StepView {
    private final BorderPane root = new BorderPane();
    private final TableView<Control> table = new TableView<>();
    private final ComboBox<Domain> domain = new ComboBox<>();
    private final ResponsibilityViewModel model;

    public ResponsibilityView(ResponsibilityViewModel model) {
        this.model = model;
        Label heading = new Label(I18n.t("matrix.title"));
        heading.getStyleClass().add(Styles.TITLE_2);
        domain.setId("matrix-domain");
        domain.setAccessibleText(I18n.t("matrix.filter.domain"));
        domain.setConverter(new StringConverter<>() {
            @Override
            public String toString(Domain d) {
                return d == null ? I18n.t("matrix.filter.allDomains") : d.name();
            }

            @Override
            public Domain fromString(String s) {
                return null;
            }
        });
        model.domains().addListener((ListChangeListener<Domain>) c -> {
            domain.getItems().setAll((Domain) null);
            domain.getItems().addAll(model.domains());
        });
        domain.valueProperty().bindBidirectional(model.domainProperty());
        HBox legend = new HBox(12);
        legend.setAlignment(Pos.CENTER_LEFT);
        for (Responsibility r : Responsibility.values()) {
            Label l = new Label(I18n.t("responsibility." + r.name()));
            l.getStyleClass().addAll("legend", "cell-" + r.name().toLowerCase(Locale.ROOT));
            l.setMinWidth(Region.USE_PREF_SIZE);
            legend.getChildren().add(l);
        }
        Label override = new Label(I18n.t("matrix.legend.override"));
        override.setWrapText(true);
        legend.getChildren().add(override);
        Label domainLabel = new Label(I18n.t("matrix.filter.domain"));
        domainLabel.setLabelFor(domain);
        HBox filter = new HBox(8, domainLabel, domain);
        filter.setAlignment(Pos.CENTER_LEFT);
        table.setId("matrix-table");
        table.setItems(model.rows());
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new Label(I18n.t("matrix.empty")));
        table.getFocusModel().focusedCellProperty().addListener((obs, o, n) -> describeFocused());
        Label reason = new Label();
        reason.setId("matrix-reason");
        reason.setWrapText(true);
        reason.getStyleClass().add("matrix-reason");
        reason.textProperty().bind(model.reasonProperty());
        VBox side = new VBox(8, new Label(I18n.t("matrix.reason.heading")), reason);
        side.setPrefWidth(280);
        side.setPadding(new Insets(0, 0, 0, 12));
        VBox top = new VBox(10, heading, filter, legend);
        top.setPadding(new Insets(24, 24, 12, 24));
        root.setTop(top);
        root.setCenter(table);
        root.setRight(side);
        BorderPane.setMargin(table, new Insets(0, 0, 24, 24));
        BorderPane.setMargin(side, new Insets(0, 24, 24, 0));
        root.getStyleClass().add("matrix-view");
        // Invalidation, not change: the matrix is only computed when the step is on screen.
        model.currentMatrixProperty().addListener((Observable o) -> {
            if (root.getScene() != null) {
                rebuild();
            }
        });
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void entered() {
        if (model.isStale()) {
            rebuild();
        }
    }

    private void rebuild() {
        model.refresh();
        ResponsibilityMatrix m = model.matrix();
        table.getColumns().clear();
        if (m == null) {
            return;
        }
        TableColumn<Control, String> id = new TableColumn<>(I18n.t("matrix.column.control"));
        id.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().id()));
        id.setPrefWidth(84);
        id.setMinWidth(76);
        TableColumn<Control, String> title = new TableColumn<>(I18n.t("matrix.column.title"));
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        title.setPrefWidth(240);
        table.getColumns().add(id);
        table.getColumns().add(title);
        for (Service s : m.services()) {
            TableColumn<Control, Assignment> col = new TableColumn<>();
            Label header = new Label(s.name());
            header.setWrapText(true);
            header.setTooltip(new Tooltip(s.name() + " (" + s.id() + ")"));
            col.setGraphic(header);
            col.setId(s.id());
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(m.cell(c.getValue().id(), s.id())));
            col.setCellFactory(c -> new AssignmentCell());
            col.setPrefWidth(92);
            col.setSortable(false);
            table.getColumns().add(col);
        }
    }

    private void describeFocused() {
        var pos = table.getFocusModel().getFocusedCell();
        if (pos == null || pos.getTableColumn() == null || pos.getRow() < 0
                || pos.getRow() >= table.getItems().size() || pos.getTableColumn().getId() == null) {
            return;
        }
        model.select(table.getItems().get(pos.getRow()).id(), pos.getTableColumn().getId());
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
            String who = I18n.t("responsibility." + item.responsibility().name());
            setText(item.reason() == CellReason.SERVICE_OVERRIDE ? who + " *" : who);
            getStyleClass().add("cell-" + item.responsibility().name().toLowerCase(Locale.ROOT));
            setTooltip(new Tooltip(ResponsibilityViewModel.describe(item)));
            setAccessibleText(ResponsibilityViewModel.describe(item));
        }
    }
}
