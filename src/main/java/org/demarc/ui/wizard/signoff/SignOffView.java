package org.demarc.ui.wizard.signoff;

import java.util.List;
import java.util.function.Supplier;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.demarc.model.Signatory;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.DateFields;
import org.demarc.ui.common.Forms;
import org.demarc.ui.common.ScrollToFocus;
import org.demarc.ui.common.SigningKeyChoice;
import org.demarc.ui.common.TabTraversal;
import org.demarc.ui.common.Tasks;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.TextDirection;
import org.demarc.ui.common.Icons;
import org.demarc.ui.wizard.StepView;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** Sign-off: what is missing, the signatories, and sign off / reopen. Bound to {@link SignOffViewModel}. */
public final class SignOffView implements StepView {
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);
    private final TextField name = new TextField();

    public SignOffView(SignOffViewModel model, DialogService dialogs, Supplier<String> actor) {
        content.setPadding(new Insets(24));
        content.setMaxWidth(900);
        root.setFitToWidth(true);
        ScrollToFocus.install(root);
        Label heading = new Label(I18n.t("signoff.heading"));
        heading.getStyleClass().add(Styles.TITLE_2);
        Label explain = new Label(I18n.t("signoff.explain"));
        explain.setWrapText(true);

        ListView<Signatory> list = signatoryList(model);
        Button remove = new Button(I18n.t("common.remove"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(model.readOnlyProperty()));
        remove.setOnAction(e -> model.removeSignatory(list.getSelectionModel().getSelectedIndex()));
        Button add = new Button(I18n.t("signoff.add"));
        add.setId("signoff-add");
        add.setOnAction(e -> {
            if (model.addFromForm()) {
                name.requestFocus();
            }
        });
        VBox signatoryForm = new VBox(8, form(model), new HBox(8, add, remove));
        signatoryForm.disableProperty().bind(model.readOnlyProperty());

        Button signOff = new Button(I18n.t("signoff.sign"), Icons.of(MaterialDesignD.DRAW_PEN));
        signOff.setId("signoff-sign");
        signOff.getStyleClass().add(Styles.ACCENT);
        signOff.disableProperty().bind(model.canSignOffProperty().not());
        CheckBox alsoSign = new CheckBox(I18n.t("signoff.alsoSign"));
        alsoSign.setId("signoff-also-sign");
        alsoSign.selectedProperty().bindBidirectional(model.alsoSignProperty());
        alsoSign.disableProperty().bind(model.readOnlyProperty());
        signOff.setOnAction(e -> {
            if (!dialogs.confirm(I18n.t("signoff.confirm.title"), I18n.t("signoff.confirm.message"),
                    I18n.t("signoff.sign"))) {
                return;
            }
            if (!model.alsoSignProperty().get()) {
                model.signOff(actor.get());
                return;
            }
            // The key store, its password and which key first: cancelling any signs nothing off.
            dialogs.chooseKeyStore().ifPresent(store -> dialogs.askPassword(I18n.t("export.password.title"),
                    I18n.t("export.password.message", store.getFileName())).ifPresent(password ->
                    SigningKeyChoice.choose(Tasks.shared(), dialogs, store, null, password, key ->
                            model.signOffAndSign(actor.get(), key, reason ->
                                    dialogs.showError(I18n.t("signoff.signFailed"), reason, List.of())))));
        });
        Button reopen = new Button(I18n.t("signoff.reopen"), Icons.of(MaterialDesignL.LOCK_OPEN_VARIANT));
        reopen.setId("signoff-reopen");
        reopen.getStyleClass().add(Styles.DANGER);
        reopen.disableProperty().bind(model.readOnlyProperty().not());
        reopen.setOnAction(e -> dialogs.askText(I18n.t("signoff.reopen.title"), I18n.t("signoff.reopen.message"), "")
                .ifPresent(reason -> model.reopen(actor.get(), reason.strip())));

        Label signatoriesTitle = new Label(I18n.t("signoff.signatories"));
        signatoriesTitle.getStyleClass().add(Styles.TITLE_4);
        // The warnings come last, just above the button they hold back.
        content.getChildren().addAll(heading, explain, statusLine(model.status()), signatureLine(model.status()),
                missingList(model.status()),
                signatoriesTitle, list, signatoryForm, new SignOffWarningsView(model).root(),
                alsoSign, new HBox(10, signOff, reopen));
        // The status is worked out only while the step is on screen.
        model.status().shownProperty().bind(StepView.shown(root));
    }

    private static Label statusLine(SignOffStatus status) {
        Label line = new Label();
        line.setId("signoff-status");
        line.setWrapText(true);
        line.getStyleClass().add(Styles.TITLE_4);
        line.textProperty().bind(status.textProperty());
        status.problemProperty().addListener((obs, o, n) -> {
            line.getStyleClass().remove("form-error");
            if (n) {
                line.getStyleClass().add("form-error");
            }
        });
        return line;
    }

    /** The project file's digital signature: who signed it, or loudly, that it no longer matches. */
    private static Label signatureLine(SignOffStatus status) {
        Label line = new Label();
        line.setId("signoff-signature");
        line.setWrapText(true);
        line.setMnemonicParsing(false);
        line.textProperty().bind(status.signatureProperty());
        line.visibleProperty().bind(status.signatureProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        status.signatureProblemProperty().addListener((obs, o, n) -> {
            line.getStyleClass().removeAll("form-error", Styles.TEXT_BOLD);
            if (n) {
                line.getStyleClass().addAll("form-error", Styles.TEXT_BOLD);
            }
        });
        return line;
    }

    private static VBox missingList(SignOffStatus status) {
        VBox box = new VBox(4);
        status.missingLines().addListener((ListChangeListener<String>) c ->
                box.getChildren().setAll(status.missingLines().stream().map(m -> {
                    Label l = new Label("• " + m);
                    l.setWrapText(true);
                    l.getStyleClass().add("form-error");
                    return l;
                }).toList()));
        return box;
    }

    private static ListView<Signatory> signatoryList(SignOffViewModel model) {
        ListView<Signatory> list = new ListView<>(model.signatories());
        list.setId("signoff-signatories");
        list.setPrefHeight(140);
        list.setPlaceholder(new Label(I18n.t("signoff.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Signatory s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : signatoryText(s));
                TextDirection.orient(this, getText());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        return list;
    }

    private VBox form(SignOffViewModel model) {
        name.setId("signoff-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField role = new TextField();
        role.setId("signoff-role");
        role.textProperty().bindBidirectional(model.roleProperty());
        TextField organisation = new TextField();
        organisation.setId("signoff-organisation");
        organisation.textProperty().bindBidirectional(model.organisationProperty());
        DateFields date = DateFields.create("signoff-date");
        date.picker().valueProperty().bindBidirectional(model.dateProperty());
        TextArea statement = new TextArea();
        TabTraversal.install(statement);
        statement.setId("signoff-statement");
        TextDirection.follow(statement);
        statement.setWrapText(true);
        statement.setPrefRowCount(2);
        statement.textProperty().bindBidirectional(model.statementProperty());
        GridPane grid = Forms.grid();
        int r = 0;
        r = Forms.row(grid, r, I18n.t("signoff.name"), name, model.nameErrorProperty());
        r = Forms.row(grid, r, I18n.t("signoff.role"), role, null);
        r = Forms.row(grid, r, I18n.t("signoff.organisation"), organisation, null);
        r = Forms.row(grid, r, I18n.t("signoff.date"), date.picker(), date.errorOr(model.dateErrorProperty()));
        Forms.row(grid, r, I18n.t("signoff.statement"), statement, null);
        return new VBox(grid);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void entered() {
        name.requestFocus();
    }

    /** Name, role and organisation as far as they are given (never ", ,"), then the date and the statement. */
    static String signatoryText(Signatory s) {
        String who = java.util.stream.Stream.of(s.name(), s.role(), s.organisation()).map(String::strip)
                .filter(t -> !t.isEmpty()).collect(java.util.stream.Collectors.joining(I18n.t("signoff.item.separator")));
        return I18n.t("signoff.item", who, s.date().toString(), s.statement());
    }
}
