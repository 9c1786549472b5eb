package org.demarc.ui.wizard.export;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.demarc.interop.oscal.Baseline;
import org.demarc.report.ReportPart;
import org.demarc.ui.common.Forms;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Icons;
import org.demarc.ui.common.ScrollToFocus;
import org.demarc.ui.wizard.StepView;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * Export: the PDF report as a draft or, after sign-off, final and optionally digitally signed,
 * optionally with the changes since a previous assessment. Bound to {@link ExportViewModel}.
 */
public final class ExportView implements StepView {
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);

    public ExportView(ExportViewModel model) {
        content.setPadding(new Insets(24));
        content.setMaxWidth(900);
        root.setFitToWidth(true);
        ScrollToFocus.install(root);
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

        Button docx = new Button(I18n.t("export.docx"), Icons.of(MaterialDesignF.FILE_WORD_OUTLINE));
        docx.setId("export-docx");
        docx.disableProperty().bind(model.busyProperty());
        docx.setOnAction(e -> model.exportDocx());

        content.getChildren().addAll(heading, explain, partChoice(model), domainChoice(model), previousChoice(model),
                new HBox(10, draft, fin, docx), finalHint);
        content.getChildren().addAll(signing(model));
        content.getChildren().addAll(profile(model.profile()), handout(model), oscal(model), progressRow(model), result(model), afterExport(model));
        // The outcome and "Open PDF" come at the end of a long step: bring them into view.
        model.resultProperty().addListener((obs, o, n) -> {
            if (!n.isEmpty()) {
                javafx.application.Platform.runLater(() -> {
                    root.layout();
                    root.setVvalue(root.getVmax());
                });
            }
        });
    }

    /** The whole report, the executive summary only, or the domains ticked below. */
    private static Node partChoice(ExportViewModel model) {
        ToggleGroup group = new ToggleGroup();
        HBox row = new HBox(16);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getChildren().add(new Label(I18n.t("export.part")));
        for (ReportPart.Kind kind : ReportPart.Kind.values()) {
            RadioButton b = new RadioButton(I18n.t(switch (kind) {
                case FULL -> "export.part.full";
                case SUMMARY -> "export.part.summary";
                case DOMAINS -> "export.part.domains";
            }));
            b.setId("export-part-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setUserData(kind);
            b.setSelected(model.partProperty().get() == kind);
            row.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, o, n) -> {
            if (n != null) {
                model.partProperty().set((ReportPart.Kind) n.getUserData());
            }
        });
        model.partProperty().addListener((obs, o, n) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == n).findFirst().ifPresent(t -> t.setSelected(true)));
        row.disableProperty().bind(model.busyProperty());
        Label hint = new Label(I18n.t("export.part.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(4, row, hint);
    }

    /** A tick for every domain of the catalog, with All and None. */
    private static Node domainChoice(ExportViewModel model) {
        // Tiles as wide as the longest name: whole names, in columns.
        TilePane boxes = new TilePane(16, 6);
        boxes.setPrefColumns(2);
        boxes.setTileAlignment(Pos.CENTER_LEFT);
        Runnable fill = () -> boxes.getChildren().setAll(model.domains().items().stream().map(item -> {
            CheckBox box = new CheckBox(item.name());
            box.setId("export-domain-" + item.id());
            box.selectedProperty().bindBidirectional(item.selected());
            return (Node) box;
        }).toList());
        fill.run();
        model.domains().items().addListener((javafx.collections.ListChangeListener<DomainChecklist.Item>) c -> fill.run());
        Button all = new Button(I18n.t("export.domains.all"));
        all.setId("export-domains-all");
        all.setOnAction(e -> model.domains().selectAll(true));
        Button none = new Button(I18n.t("export.domains.none.button"));
        none.setId("export-domains-none");
        none.setOnAction(e -> model.domains().selectAll(false));
        Label title = new Label(I18n.t("export.domains"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label use = new Label(I18n.t("export.domains.use"));
        use.getStyleClass().add(Styles.TEXT_MUTED);
        HBox head = new HBox(8, title, all, none, use);
        head.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("export-domains-error");
        error.getStyleClass().add("form-error");
        error.textProperty().bind(model.domainsErrorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox box = new VBox(6, head, boxes, error);
        box.disableProperty().bind(model.busyProperty());
        return box;
    }

    /** Organisation, marking, footer, accent and logo of the project's reports, saved with the project. */
    private static Node profile(ReportProfileForm form) {
        Label title = new Label(I18n.t("export.profile.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label explain = new Label(I18n.t("export.profile.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add(Styles.TEXT_MUTED);
        TextField organisation = field("export-profile-organisation", form.organisationProperty(), null);
        TextField classification = field("export-profile-classification", form.classificationProperty(),
                "export.profile.classification.prompt");
        TextField footer = field("export-profile-footer", form.footerProperty(), null);
        TextField accent = field("export-profile-accent", form.accentProperty(), "export.profile.accent.prompt");
        accent.setPrefColumnCount(8);
        accent.setMaxWidth(Region.USE_PREF_SIZE);
        Button logo = new Button(I18n.t("export.profile.logo.browse"));
        logo.setId("export-profile-logo");
        logo.setOnAction(e -> form.chooseLogo());
        Button clear = new Button(I18n.t("export.profile.logo.clear"));
        clear.setId("export-profile-logo-clear");
        clear.disableProperty().bind(form.logoNameProperty().isEmpty());
        clear.setOnAction(e -> form.clearLogo());
        Label logoName = new Label();
        logoName.setId("export-profile-logo-name");
        logoName.textProperty().bind(Bindings.when(form.logoNameProperty().isEmpty())
                .then(I18n.t("export.profile.logo.none")).otherwise(form.logoNameProperty()));
        GridPane grid = Forms.grid();
        int r = Forms.row(grid, 0, I18n.t("export.profile.organisation"), organisation, null);
        r = Forms.row(grid, r, I18n.t("export.profile.classification"), classification, null);
        r = Forms.row(grid, r, I18n.t("export.profile.footer"), footer, null);
        r = Forms.row(grid, r, I18n.t("export.profile.accent"), accent, form.accentErrorProperty());
        Forms.row(grid, r, I18n.t("export.profile.logo"), logo, form.logoErrorProperty());
        // The label stays the button's (Alt key, accessible name); the cell shows the logo's name and "Remove" too.
        int at = grid.getChildren().indexOf(logo);
        grid.getChildren().remove(logo);
        HBox logoRow = new HBox(8, logo, logoName, clear);
        logoRow.setAlignment(Pos.CENTER_LEFT);
        GridPane.setConstraints(logoRow, 1, r);
        grid.getChildren().add(at, logoRow);
        return new VBox(6, title, explain, grid);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String promptKey) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        if (promptKey != null) {
            f.setPromptText(I18n.t(promptKey));
        }
        return f;
    }

    /** The workshop handout of the ticked domains. */
    private static Node handout(ExportViewModel model) {
        Label title = new Label(I18n.t("export.handout.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label explain = new Label(I18n.t("export.handout.explain"));
        explain.setWrapText(true);
        Button button = new Button(I18n.t("export.handout"), Icons.of(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        button.setId("export-handout");
        button.disableProperty().bind(model.busyProperty());
        button.setOnAction(e -> model.exportHandout());
        return new VBox(6, title, explain, button);
    }

    /** The assessment as OSCAL for GRC tools, with the baseline its plan imports, into a chosen folder. */
    private static Node oscal(ExportViewModel model) {
        Label title = new Label(I18n.t("export.oscal.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label explain = new Label(I18n.t("export.oscal.explain"));
        explain.setWrapText(true);
        ComboBox<Baseline> baseline = new ComboBox<>(FXCollections.observableArrayList(Baseline.values()));
        baseline.setId("export-oscal-baseline");
        baseline.valueProperty().bindBidirectional(model.oscalBaselineProperty());
        baseline.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Baseline b) {
                return b == null ? "" : I18n.t("export.oscal.baseline." + b.name());
            }

            @Override
            public Baseline fromString(String s) {
                return null;
            }
        });
        Label label = new Label(I18n.t("export.oscal.baseline"));
        label.setLabelFor(baseline);
        label.setMnemonicParsing(true);
        Button button = new Button(I18n.t("export.oscal"), Icons.of(MaterialDesignF.FOLDER_OUTLINE));
        button.setId("export-oscal");
        button.disableProperty().bind(model.busyProperty());
        button.setOnAction(e -> model.exportOscal());
        HBox row = new HBox(10, label, baseline, button);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, title, explain, row);
    }

    /** "Open PDF" and "Show in folder" for the file just written. */
    private static Node afterExport(ExportViewModel model) {
        Button open = new Button(I18n.t("export.open"), Icons.of(MaterialDesignF.FILE_PDF_BOX));
        open.setId("export-open");
        open.setOnAction(e -> model.openWritten());
        Button show = new Button(I18n.t("export.showInFolder"), Icons.of(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        show.setId("export-show");
        show.setOnAction(e -> model.showWrittenInFolder());
        // An OSCAL set is JSON for other programs: shown in its folder, not opened.
        open.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.writtenProperty().get() != null
                && model.writtenProperty().get().getFileName().toString().endsWith(".pdf"), model.writtenProperty()));
        open.managedProperty().bind(open.visibleProperty());
        HBox row = new HBox(10, open, show);
        row.visibleProperty().bind(model.writtenProperty().isNotNull().and(model.busyProperty().not()));
        row.managedProperty().bind(row.visibleProperty());
        return row;
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
        row.disableProperty().bind(model.busyProperty().or(model.excerptProperty()));
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
        sign.disableProperty().bind(model.canExportFinalProperty().not().or(model.excerptProperty()));
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
        grid.visibleProperty().bind(sign.selectedProperty().and(model.excerptProperty().not()));
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
