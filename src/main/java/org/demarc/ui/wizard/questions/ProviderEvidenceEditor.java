package org.demarc.ui.wizard.questions;

import java.time.LocalDate;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.demarc.model.ProviderEvidence;
import org.demarc.ui.common.DateFields;
import org.demarc.ui.common.Forms;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.TextDirection;

/** The provider evidence relied on for an inherited control, and the form to add one entry. */
final class ProviderEvidenceEditor {
    private final VBox root;

    ProviderEvidenceEditor(ProviderEvidenceViewModel model) {
        ListView<ProviderEvidence> list = new ListView<>(model.items());
        list.setId("question-provider-evidence");
        list.setPrefHeight(90);
        list.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ProviderEvidence p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : I18n.t("question.providerEvidence.item", p.name(), p.issuer(),
                        text(p.periodFrom()), text(p.periodTo()), text(p.obtainedOn())));
                TextDirection.orient(this, empty || p == null ? null : p.name());
            }
        });
        list.setPlaceholder(new Label(I18n.t("question.providerEvidence.none")));
        TextField name = field("provider-evidence-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField issuer = field("provider-evidence-issuer");
        issuer.textProperty().bindBidirectional(model.issuerProperty());
        DateFields from = date("provider-evidence-from", model.periodFromProperty());
        DateFields to = date("provider-evidence-to", model.periodToProperty());
        DateFields obtained = date("provider-evidence-obtained", model.obtainedOnProperty());
        TextField source = field("provider-evidence-source");
        source.textProperty().bindBidirectional(model.sourceProperty());
        TextField note = field("provider-evidence-note");
        note.textProperty().bindBidirectional(model.noteProperty());
        GridPane grid = DetailGrid.create();
        int r = 0;
        r = Forms.row(grid, r, I18n.t("question.providerEvidence.name"), name, null);
        r = Forms.row(grid, r, I18n.t("question.providerEvidence.issuer"), issuer, null);
        r = Forms.row(grid, r, I18n.t("question.providerEvidence.from"), from.picker(), from.errorProperty());
        r = Forms.row(grid, r, I18n.t("question.providerEvidence.to"), to.picker(), to.errorProperty());
        r = Forms.row(grid, r, I18n.t("question.providerEvidence.obtained"), obtained.picker(), obtained.errorProperty());
        r = Forms.row(grid, r, I18n.t("question.providerEvidence.source"), source, null);
        Forms.row(grid, r, I18n.t("question.providerEvidence.note"), note, null);
        Button add = new Button(I18n.t("question.providerEvidence.add"));
        add.setId("provider-evidence-add");
        add.disableProperty().bind(model.canAddProperty().not());
        add.setOnAction(e -> model.add());
        Button remove = new Button(I18n.t("common.remove"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedIndex()));
        Label explain = new Label(I18n.t("question.providerEvidence.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add(Styles.TEXT_MUTED);
        root = new VBox(8, explain, list, grid, new FlowPane(8, 8, add, remove));
    }

    Node root() {
        return root;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static DateFields date(String id, javafx.beans.property.ObjectProperty<LocalDate> value) {
        DateFields d = DateFields.create(id);
        d.picker().valueProperty().bindBidirectional(value);
        return d;
    }

    private static String text(LocalDate d) {
        return d == null ? "—" : d.toString();
    }
}
