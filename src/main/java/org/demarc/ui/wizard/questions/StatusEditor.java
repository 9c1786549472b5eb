package org.demarc.ui.wizard.questions;

import java.util.List;
import java.util.Locale;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.demarc.model.AnswerStatus;
import org.demarc.ui.common.I18n;

/** One toggle button per status the selected control allows, bound to the form's status. */
final class StatusEditor {
    private final QuestionsViewModel model;
    private final ToggleGroup group = new ToggleGroup();
    private final FlowPane buttons = new FlowPane(6, 6);
    private final VBox root;

    StatusEditor(QuestionsViewModel model) {
        this.model = model;
        AnswerFormViewModel form = model.form();
        Label hint = new Label();
        hint.textProperty().bind(form.statusHintProperty());
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        hint.visibleProperty().bind(hint.managedProperty());
        root = new VBox(12, new Label(I18n.t("question.status")), buttons, hint);
        buttons.disableProperty().bind(model.editableProperty().not());

        group.selectedToggleProperty().addListener((obs, o, n) -> {
            if (n != null) {
                form.statusProperty().set((AnswerStatus) n.getUserData());
            } else if (form.statusProperty().get() != null) {
                select(form.statusProperty().get()); // clicking the chosen status again does not unset it
            }
        });
        form.statusProperty().addListener((obs, o, n) -> select(n));
        model.inheritedProperty().addListener((obs, o, n) -> rebuild());
        rebuild();
    }

    Node root() {
        return root;
    }

    private void rebuild() {
        List<AnswerStatus> allowed = model.allowedStatuses();
        buttons.getChildren().clear();
        group.getToggles().clear();
        for (AnswerStatus s : allowed) {
            int key = QuestionsViewModel.KEY_ORDER.indexOf(s) + 1;
            String name = s.name().toLowerCase(Locale.ROOT);
            ToggleButton b = new ToggleButton(I18n.t("status." + s.name()));
            b.setTooltip(new Tooltip(I18n.t("question.status.key", key)));
            b.setAccessibleHelp(I18n.t("question.status.key", key));
            b.setId("status-" + name);
            b.getStyleClass().add("status-" + name);
            b.setUserData(s);
            b.setToggleGroup(group);
            buttons.getChildren().add(b);
        }
        select(model.form().statusProperty().get());
    }

    private void select(AnswerStatus status) {
        Toggle t = group.getToggles().stream().filter(x -> x.getUserData() == status).findFirst().orElse(null);
        if (group.getSelectedToggle() != t) {
            group.selectToggle(t);
        }
    }
}
