package org.demarc.ui.wizard.export;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.demarc.ui.common.Forms;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Icons;
import org.demarc.ui.wizard.StepView;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * Export: the PDF report as a draft or, after sign-off, final and optionally digitally signed,
 * optionally with the changes since a previous assessment. Bound to {@link ExportViewModel}.
 */
public final class ExportView implements StepView {
    private final VBox root = new VBox(14);

    public ExportView(ExportViewModel model) {
        root.setPadding(new Insets(24));
        root.setMaxWidth(900);
        StackPane.setAlignment(root, Pos.TOP_LEFT);
        Label heading = new Label(I18n.t("export.heading"));
        heading.getStyleClass().add(Styles.TITLE_2);
        Label explain = new Label(I18n.t("export.explain"));
        explain.setWrapText(true);

        Button draft = new Button(I18n.t("export.draft"), Icons.of(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        draft.setId("export-draft");
        draft.disableProperty().bind(model.busyProperty());
        draft.setOnAction(e -> model.exportDraft());
        Button fin = new Button(I18n.t("export.final"), Icons.of(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        fin.setId("export-final");
        fin.getStyleClass().add(Styles.ACCENT);
        fin.disableProperty().bind(model.busyProperty().or(model.canExportFinalProperty().not()));
        fin.setOnAction(e -> model.exportFinal());
        Label finalHint = new Label();
        finalHint.setId("export-final-hint");
        finalHint.setWrapText(true);
        finalHint.textProperty().bind(model.finalHintProperty());
        finalHint.getStyleClass().add(Styles.TEXT_MUTED);
        finalHint.visibleProperty().bind(model.canExportFinalProperty().not());
        finalHint.managedProperty().bind(finalHint.visibleProperty());

        root.getChildren().addAll(heading, explain, previousChoice(model), new HBox(10, draft, fin), finalHint);
        root.getChildren().addAll(signing(model));
        root.getChildren().addAll(progressRow(model), result(model));
    }

    /** "Compare with previous assessment…", the file chosen, and a way to clear it. */
    private static Node previousChoice(ExportViewModel model) {
        Button choose = new Button(I18n.t("export.previous"), Icons.of(MaterialDesignF.FILE_COMPARE));
        choose.setId("export-previous");
        choose.setOnAction(e -> model.choosePrevious());
        Label chosen = new Label();
        chosen.setId("export-previous-name");
        chosen.textProperty().bind(Bindings.when(model.previousNameProperty().isEmpty())
                .then(I18n.t("export.previous.none")).otherwise(model.previousNameProperty()));
        Button clear = new Button(I18n.t("export.previous.clear"));
        clear.setId("export-previous-clear");
        clear.disableProperty().bind(model.previousFileProperty().isNull());
        clear.setOnAction(e -> model.clearPrevious());
        HBox row = new HBox(8, choose, chosen, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        row.disableProperty().bind(model.busyProperty());
        Label error = new Label();
        error.setId("export-previous-error");
        error.setWrapText(true);
        error.getStyleClass().add("form-error");
        error.textProperty().bind(model.previousErrorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label hint = new Label(I18n.t("export.previous.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(4, row, error, hint);
    }

    private static List<Node> signing(ExportViewModel model) {
        CheckBox sign = new CheckBox(I18n.t("export.sign"));
        sign.setId("export-sign");
        sign.selectedProperty().bindBidirectional(model.signProperty());
        sign.disableProperty().bind(model.canExportFinalProperty().not());
        TextField keystore = new TextField();
        keystore.setId("export-keystore");
        keystore.setPromptText(I18n.t("export.keystore.prompt"));
        keystore.textProperty().bindBidirectional(model.keyStoreProperty());
        Button browse = new Button(I18n.t("export.keystore.browse"));
        browse.setOnAction(e -> model.chooseKeyStore());
        TextField alias = new TextField();
        alias.setPromptText(I18n.t("export.alias.prompt"));
        alias.textProperty().bindBidirectional(model.aliasProperty());
        GridPane grid = Forms.grid();
        int r = Forms.row(grid, 0, I18n.t("export.keystore"), new HBox(8, keystore, browse), model.keyStoreErrorProperty());
        Forms.row(grid, r, I18n.t("export.alias"), alias, null);
        grid.visibleProperty().bind(sign.selectedProperty());
        grid.managedProperty().bind(grid.visibleProperty());
        return List.of(sign, grid);
    }

    private static Node progressRow(ExportViewModel model) {
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setPrefWidth(400);
        bar.progressProperty().bind(model.progressProperty());
        Label step = new Label();
        step.textProperty().bind(model.stepProperty());
        Button cancel = new Button(I18n.t("dialog.cancel"));
        cancel.setId("export-cancel");
        cancel.setOnAction(e -> model.cancel());
        HBox row = new HBox(10, bar, cancel, step);
        row.visibleProperty().bind(model.busyProperty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private static Node result(ExportViewModel model) {
        Label result = new Label();
        result.setId("export-result");
        result.setWrapText(true);
        result.textProperty().bind(model.resultProperty());
        return result;
    }

    @Override
    public Node root() {
        return root;
    }
}
