package org.demarc.ui.wizard.questions;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.demarc.model.EvidenceReference;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Icons;
import org.demarc.ui.common.Tasks;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** The evidence files of an answer: the list, Attach file… (hashed in the background) and Remove. */
final class EvidenceEditor {
    private final VBox root;

    EvidenceEditor(EvidenceViewModel model, DialogService dialogs) {
        ListView<EvidenceReference> list = new ListView<>(model.items());
        list.setId("question-evidence");
        list.setPrefHeight(90);
        list.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(EvidenceReference e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : I18n.t("question.evidence.item", e.path(),
                        e.sha256().isEmpty() ? "—" : e.sha256().substring(0, 12), e.size()));
            }
        });
        list.setPlaceholder(new Label(I18n.t("question.evidence.none")));
        Button add = new Button(I18n.t("question.evidence.add"), Icons.of(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        add.setId("question-evidence-add");
        add.setOnAction(e -> dialogs.chooseEvidenceFile(model.projectFolder()).ifPresent(file ->
                Tasks.create(model.attachment(file))
                        .onSuccess(model::add)
                        .onError(err -> dialogs.showError(I18n.t("question.evidence.failed"),
                                String.valueOf(err.getMessage()), List.of()))
                        .start()));
        Button remove = new Button(I18n.t("common.remove"));
        remove.setId("question-evidence-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedIndex()));
        root = new VBox(6, list, new HBox(8, add, remove));
    }

    Node root() {
        return root;
    }
}
