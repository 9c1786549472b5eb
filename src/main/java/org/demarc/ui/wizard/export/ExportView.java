package org.demarc.ui.wizard.export;

import java.nio.file.Path;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.demarc.report.SigningKey;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.Forms;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Icons;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.wizard.StepView;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** Export: the PDF report as a draft or, after sign-off, final and optionally digitally signed. */
public final class ExportView implements StepView {
    private final VBox root = new VBox(14);
    private final ExportViewModel model;
    private final AssessmentSession session;
    private final DialogService dialogs;
    private final CheckBox sign = new CheckBox(I18n.t("export.sign"));
    private final TextField keystore = new TextField();
    private final TextField alias = new TextField();

    public ExportView(ExportViewModel model, AssessmentSession session, DialogService dialogs) {
        this.model = model;
        this.session = session;
        this.dialogs = dialogs;
        root.setPadding(new Insets(24));
        root.setMaxWidth(900);
        javafx.scene.layout.StackPane.setAlignment(root, javafx.geometry.Pos.TOP_LEFT);
        Label heading = new Label(I18n.t("export.heading"));
        heading.getStyleClass().add(Styles.TITLE_2);
        Label explain = new Label(I18n.t("export.explain"));
        explain.setWrapText(true);

        Button draft = new Button(I18n.t("export.draft"), Icons.of(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        draft.setId("export-draft");
        draft.disableProperty().bind(model.busyProperty());
        draft.setOnAction(e -> export(false));
        Button fin = new Button(I18n.t("export.final"), Icons.of(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        fin.setId("export-final");
        fin.getStyleClass().add(Styles.ACCENT);
        fin.disableProperty().bind(model.busyProperty().or(model.canExportFinalProperty().not()));
        fin.setOnAction(e -> export(true));
        Label finalHint = new Label(I18n.t("export.finalHint"));
        finalHint.getStyleClass().add(Styles.TEXT_MUTED);
        finalHint.visibleProperty().bind(model.canExportFinalProperty().not());
        finalHint.managedProperty().bind(finalHint.visibleProperty());

        sign.setId("export-sign");
        keystore.setId("export-keystore");
        keystore.setPromptText(I18n.t("export.keystore.prompt"));
        Button browse = new Button(I18n.t("export.keystore.browse"));
        browse.setOnAction(e -> dialogs.chooseKeyStore().ifPresent(p -> keystore.setText(p.toString())));
        alias.setPromptText(I18n.t("export.alias.prompt"));
        GridPane grid = Forms.grid();
        int r = Forms.row(grid, 0, I18n.t("export.keystore"), new HBox(8, keystore, browse), null);
        Forms.row(grid, r, I18n.t("export.alias"), alias, null);
        grid.visibleProperty().bind(sign.selectedProperty());
        grid.managedProperty().bind(grid.visibleProperty());
        sign.disableProperty().bind(model.canExportFinalProperty().not());

        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setPrefWidth(400);
        bar.progressProperty().bind(model.progressProperty());
        Label step = new Label();
        step.textProperty().bind(model.stepProperty());
        Button cancel = new Button(I18n.t("dialog.cancel"));
        cancel.setId("export-cancel");
        cancel.setOnAction(e -> model.cancel());
        HBox progressRow = new HBox(10, bar, cancel, step);
        progressRow.visibleProperty().bind(model.busyProperty());
        progressRow.managedProperty().bind(progressRow.visibleProperty());
        Label result = new Label();
        result.setId("export-result");
        result.setWrapText(true);
        result.textProperty().bind(model.resultProperty());

        root.getChildren().addAll(heading, explain, new HBox(10, draft, fin), finalHint, sign, grid, progressRow, result);
    }

    private void export(boolean finalReport) {
        Path current = session.fileProperty().get();
        dialogs.choosePdfToSave(current == null ? null : current.getParent(), model.suggestedName()).ifPresent(target -> {
            SigningKey key = null;
            if (finalReport && sign.isSelected()) {
                if (keystore.getText().isBlank()) {
                    dialogs.showError(I18n.t("export.sign"), I18n.t("export.keystore.missing"), java.util.List.of());
                    return;
                }
                char[] password = dialogs.askPassword(I18n.t("export.password.title"),
                        I18n.t("export.password.message", Path.of(keystore.getText()).getFileName())).orElse(null);
                if (password == null) {
                    return;
                }
                key = new SigningKey(Path.of(keystore.getText().strip()), alias.getText().isBlank() ? null
                        : alias.getText().strip(), password);
            }
            model.export(target, key);
        });
    }

    @Override
    public Node root() {
        return root;
    }
}
