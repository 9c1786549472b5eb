package org.demarc.ui.wizard.responsibility;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import org.demarc.model.Assignment;
import org.demarc.model.Control;
import org.demarc.model.Service;
import org.demarc.ui.common.I18n;

/**
 * One place in the matrix's window of service columns, showing one service at a time: the full
 * name (and variant) wrapped in the header, name and id in its tooltip, the service's id as the
 * column's id. Pointing it at another service keeps the column and its cells (see
 * {@link MatrixTables}).
 */
final class ServiceSlot {
    private final ResponsibilityViewModel model;
    private final TableColumn<Control, Assignment> column = new TableColumn<>();
    private final Text header = new Text();
    private final Tooltip tooltip = new Tooltip();
    /** The cells made for this column (the table drops those it no longer needs). */
    private final Set<AssignmentCell> cells = Collections.newSetFromMap(new WeakHashMap<>());

    private Service service;

    ServiceSlot(ResponsibilityViewModel model, double width) {
        this.model = model;
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                service == null ? null : model.cell(c.getValue().id(), service.id())));
        column.setCellFactory(c -> {
            AssignmentCell cell = new AssignmentCell();
            cells.add(cell);
            return cell;
        });
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        header.getStyleClass().add("matrix-header-text");
        header.wrappingWidthProperty().bind(column.widthProperty().subtract(8));
        Label holder = new Label(null, header);
        holder.getStyleClass().add("matrix-header");
        holder.setTooltip(tooltip);
        column.setGraphic(holder);
    }

    TableColumn<Control, Assignment> column() {
        return column;
    }

    Service service() {
        return service;
    }

    /** Points the slot at {@code s}: a new service renames the header and updates the cells. */
    void show(Service s) {
        if (s.equals(service)) {
            return;
        }
        service = s;
        column.setId(s.id());
        name(s);
        updateCells();
    }

    /** Each cell in a row reads its assignment again and changes only if it differs. */
    void updateCells() {
        for (AssignmentCell cell : List.copyOf(cells)) {
            if (cell.getTableColumn() == column && cell.getIndex() >= 0) {
                cell.updateIndex(cell.getIndex());
            }
        }
    }

    void name(Service s) {
        String label = model.serviceLabel(s);
        header.setText(label);
        tooltip.setText(I18n.t("matrix.column.serviceTooltip", label, s.id()));
        column.setText("");
    }
}
