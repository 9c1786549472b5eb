package org.demarc.ui.wizard.signoff;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
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
import org.demarc.assessment.ContentFingerprint;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.Forms;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Icons;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.wizard.StepView;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** Sign-off: what is missing, the signatories, and sign off / reopen. */
public final class SignOffView implements StepView {
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);
    private final VBox missingBox = new VBox(4);
    private final Label status = new Label();
    private final TextField name = new TextField();

    public SignOffView(SignOffViewModel model, AssessmentSession session, DialogService dialogs,
                       Supplier<String> actor) {
        content.setPadding(new Insets(24));
        content.setMaxWidth(900);
        root.setFitToWidth(true);
        Label heading = new Label(I18n.t("signoff.heading"));
        heading.getStyleClass().add(Styles.TITLE_2);
        Label explain = new Label(I18n.t("signoff.explain"));
        explain.setWrapText(true);
        status.setId("signoff-status");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.TITLE_4);

        ListView<Signatory> list = new ListView<>(model.signatories());
        list.setId("signoff-signatories");
        list.setPrefHeight(140);
        list.setPlaceholder(new Label(I18n.t("signoff.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Signatory s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : I18n.t("signoff.item", s.name(), s.role(), s.organisation(),
                        s.date().toString(), s.statement()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        name.setId("signoff-name");
        TextField role = new TextField();
        role.setId("signoff-role");
        TextField organisation = new TextField();
        organisation.setId("signoff-organisation");
        DatePicker date = new DatePicker(LocalDate.now());
        date.setId("signoff-date");
        TextArea statement = new TextArea(I18n.t("signoff.statement.default"));
        statement.setId("signoff-statement");
        statement.setWrapText(true);
        statement.setPrefRowCount(2);
        Label error = new Label();
        error.getStyleClass().add("form-error");
        GridPane grid = Forms.grid();
        int r = 0;
        r = Forms.row(grid, r, I18n.t("signoff.name"), name, null);
        r = Forms.row(grid, r, I18n.t("signoff.role"), role, null);
        r = Forms.row(grid, r, I18n.t("signoff.organisation"), organisation, null);
        r = Forms.row(grid, r, I18n.t("signoff.date"), date, null);
        Forms.row(grid, r, I18n.t("signoff.statement"), statement, null);
        Button add = new Button(I18n.t("signoff.add"));
        add.setId("signoff-add");
        add.setOnAction(e -> {
            String problem = model.addSignatory(name.getText(), role.getText(), organisation.getText(),
                    date.getValue(), statement.getText());
            error.setText(problem == null ? "" : I18n.t(problem));
            if (problem == null) {
                name.clear();
                role.clear();
                organisation.clear();
                name.requestFocus();
            }
        });
        Button remove = new Button(I18n.t("common.remove"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(session.readOnlyProperty()));
        remove.setOnAction(e -> model.removeSignatory(list.getSelectionModel().getSelectedIndex()));
        VBox signatoryForm = new VBox(8, grid, error, new HBox(8, add, remove));
        signatoryForm.disableProperty().bind(session.readOnlyProperty());

        Button signOff = new Button(I18n.t("signoff.sign"), Icons.of(MaterialDesignD.DRAW_PEN));
        signOff.setId("signoff-sign");
        signOff.getStyleClass().add(Styles.ACCENT);
        signOff.disableProperty().bind(model.canSignOffProperty().not());
        signOff.setOnAction(e -> {
            if (dialogs.confirm(I18n.t("signoff.confirm.title"), I18n.t("signoff.confirm.message"),
                    I18n.t("signoff.sign"))) {
                model.signOff(actor.get());
            }
        });
        Button reopen = new Button(I18n.t("signoff.reopen"), Icons.of(MaterialDesignL.LOCK_OPEN_VARIANT));
        reopen.setId("signoff-reopen");
        reopen.getStyleClass().add(Styles.DANGER);
        reopen.disableProperty().bind(session.readOnlyProperty().not());
        reopen.setOnAction(e -> dialogs.askText(I18n.t("signoff.reopen.title"), I18n.t("signoff.reopen.message"), "")
                .ifPresent(reason -> model.reopen(actor.get(), reason.strip())));

        Label signatoriesTitle = new Label(I18n.t("signoff.signatories"));
        signatoriesTitle.getStyleClass().add(Styles.TITLE_4);
        content.getChildren().addAll(heading, explain, status, missingBox, signatoriesTitle, list, signatoryForm,
                new HBox(10, signOff, reopen));
        this.model = model;
        this.session = session;
        // Only while the step is on screen: the fingerprint is hashed over the whole content.
        model.missingProperty().addListener((obs, o, n) -> refreshIfShown());
        session.assessmentProperty().addListener((obs, o, n) -> refreshIfShown());
        refresh(model, session);
    }

    private final SignOffViewModel model;
    private final AssessmentSession session;

    private void refreshIfShown() {
        if (root.getScene() != null) {
            refresh(model, session);
        }
    }

    private void refresh(SignOffViewModel model, AssessmentSession session) {
        var a = session.assessment();
        if (a == null) {
            status.setText("");
            missingBox.getChildren().clear();
            return;
        }
        if (a.isSignedOff()) {
            boolean broken = session.signOffBrokenProperty().get();
            status.setText(broken ? I18n.t("signoff.broken", a.signOff().fingerprint(), ContentFingerprint.of(a))
                    : I18n.t("signoff.locked", a.signOff().lockedAt().toString(), a.signOff().fingerprint()));
            status.getStyleClass().remove("form-error");
            if (broken) {
                status.getStyleClass().add("form-error");
            }
            missingBox.getChildren().clear();
            return;
        }
        status.getStyleClass().remove("form-error");
        List<String> missing = model.missingProperty().get();
        status.setText(missing.isEmpty() ? I18n.t("signoff.ready", ContentFingerprint.of(a))
                : I18n.t("signoff.notReady"));
        missingBox.getChildren().setAll(missing.stream().map(m -> {
            Label l = new Label("• " + m);
            l.setWrapText(true);
            l.getStyleClass().add("form-error");
            return l;
        }).toList());
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void entered() {
        refresh(model, session);
        name.requestFocus();
    }
}
