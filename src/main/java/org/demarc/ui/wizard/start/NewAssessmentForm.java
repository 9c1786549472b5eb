package org.demarc.ui.wizard.start;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.demarc.ui.common.Forms;
import org.demarc.ui.common.I18n;

/**
 * The fields of a new assessment on the start step: its title and the catalog it is made with
 * (a built-in provider or a catalog file read before), and "Catalog file…" beside the list to read one.
 */
final class NewAssessmentForm {
    private final GridPane grid = Forms.grid();

    NewAssessmentForm(NewAssessmentViewModel model) {
        TextField title = new TextField();
        title.setId("start-title");
        title.setPromptText(I18n.t("start.title.prompt"));
        title.textProperty().bindBidirectional(model.titleProperty());
        ComboBox<CatalogChoice> catalog = new ComboBox<>(model.choices());
        catalog.setId("start-catalog");
        catalog.setMaxWidth(Double.MAX_VALUE);
        // A long file entry is cut in the list, never the label or the button beside it.
        catalog.setPrefWidth(1);
        catalog.setValue(model.chosenProperty().get());
        model.chosenProperty().addListener((obs, o, n) -> catalog.setValue(n));
        catalog.valueProperty().addListener((obs, o, picked) -> model.pick(picked));
        Button file = new Button(I18n.t("start.catalog.chooseFile"));
        file.setId("start-catalog-file");
        file.setMnemonicParsing(true);
        file.setOnAction(e -> model.chooseFile());
        file.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        int row = Forms.row(grid, 0, I18n.t("start.title.label"), title, null);
        Forms.row(grid, row, I18n.t("start.catalog.label"), catalog, model.catalogErrorProperty());
        grid.add(file, 2, row);
        GridPane.setColumnSpan(title, 2);
        grid.setMaxWidth(720);
        // A catalog's problems are long lines with their places: wrapped under the list, never cut off.
        grid.getChildren().stream().filter(n -> "start-catalog-error".equals(n.getId())).map(Label.class::cast)
                .forEach(error -> {
                    error.setWrapText(true);
                    error.setPrefWidth(1);
                    error.setMaxWidth(Double.MAX_VALUE);
                });
    }

    Node root() {
        return grid;
    }
}
