package org.demarc.ui.interop;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.demarc.project.portfolio.PortfolioTable;
import org.demarc.project.portfolio.Portfolio;
import org.demarc.project.portfolio.PortfolioEntry;
import org.demarc.project.portfolio.PortfolioScan;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Tasks;

/**
 * File → Portfolio…: every assessment under a folder in a sortable table (the rows of
 * {@link PortfolioTable}, counts sorted as numbers); a double-click or Enter opens one; the whole
 * portfolio exports as a workbook, a CSV or a PDF. The folder is read in the background by
 * {@link PortfolioScan}.
 */
public final class PortfolioWindow {
    private final ObservableList<PortfolioEntry> rows = FXCollections.observableArrayList();
    private final TableView<PortfolioEntry> table = new TableView<>(rows);
    private final Label status = new Label();
    private final Stage stage = new Stage();
    private final Button exportSheet = new Button(I18n.t("portfolio.window.exportSheet"));
    private final Button exportPdf = new Button(I18n.t("portfolio.window.exportPdf"));
    private Portfolio portfolio;

    private PortfolioWindow(Window owner, Path folder, Consumer<Path> open, PortfolioExports.Factory exportsTo) {
        PortfolioExports exports = exportsTo.exports(status::setText);
        stage.initOwner(owner);
        stage.setTitle(I18n.t("portfolio.window.title", folder));
        table.setId("portfolio-table");
        status.setId("portfolio-status");
        List<String> headers = PortfolioTable.headers();
        for (int i = 0; i < headers.size(); i++) {
            table.getColumns().add(column(headers.get(i), i));
        }
        table.setPlaceholder(new Label(I18n.t("portfolio.window.reading")));
        table.setRowFactory(t -> {
            TableRow<PortfolioEntry> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openRow(row.getItem(), open);
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                openRow(table.getSelectionModel().getSelectedItem(), open);
            }
        });
        exportSheet.setId("portfolio-export-sheet");
        exportPdf.setId("portfolio-export-pdf");
        exportSheet.setDisable(true);
        exportPdf.setDisable(true);
        exportSheet.setOnAction(e -> exports.spreadsheet(portfolio));
        exportPdf.setOnAction(e -> exports.pdf(portfolio));
        HBox bottom = new HBox(8, status, new Region(), exportSheet, exportPdf);
        HBox.setHgrow(bottom.getChildren().get(1), Priority.ALWAYS);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(6, 8, 6, 8));
        BorderPane root = new BorderPane(table);
        root.setBottom(bottom);
        stage.setScene(new Scene(root, 960, 520));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    /** Opens the window and starts reading {@code folder}; {@code open} gets the file to open. */
    public static void show(Window owner, Path folder, Clock clock, DialogService dialogs, Consumer<Path> open) {
        PortfolioWindow w = new PortfolioWindow(owner, folder, open,
                report -> new PortfolioExports(dialogs, folder, LocalDate.now(clock), report));
        w.stage.show();
        w.status.setText(I18n.t("portfolio.window.reading"));
        Tasks.create(() -> new PortfolioScan(clock).scan(folder)).onSuccess(w::showPortfolio)
                .onError(err -> w.status.setText(I18n.t("portfolio.window.failed", folder, Tasks.describe(err))))
                .start();
    }

    private void showPortfolio(Portfolio p) {
        portfolio = p;
        exportSheet.setDisable(false);
        exportPdf.setDisable(false);
        rows.setAll(p.entries());
        table.setPlaceholder(new Label(I18n.t("portfolio.window.none")));
        status.setText(I18n.t("portfolio.window.summary", p.entries().size() - p.broken(), p.broken()));
    }

    private void openRow(PortfolioEntry e, Consumer<Path> open) {
        if (!e.isBroken()) {
            stage.close();
            open.accept(e.file());
        }
    }

    /** A column of the table's text; the count columns sort as numbers, the rest as text. */
    private static TableColumn<PortfolioEntry, ?> column(String header, int index) {
        if (PortfolioTable.NUMBER_COLUMNS.contains(index)) {
            TableColumn<PortfolioEntry, Integer> c = new TableColumn<>(header);
            c.setCellValueFactory(d -> {
                String v = PortfolioTable.row(d.getValue()).get(index);
                return new ReadOnlyObjectWrapper<>(v.isEmpty() ? null : Integer.valueOf(v));
            });
            c.setId("portfolio-column-" + index);
            return c;
        }
        TableColumn<PortfolioEntry, String> c = new TableColumn<>(header);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(PortfolioTable.row(d.getValue()).get(index)));
        c.setId("portfolio-column-" + index);
        return c;
    }
}
