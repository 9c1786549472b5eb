package org.demarc.ui.wizard;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.demarc.ui.common.Mnemonics;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The sidebar of steps with their state (done, incomplete, locked) beside the current step's view.
 * Step views are created the first time they are shown, so the first window appears quickly.
 */
public final class WizardView {
    private final BorderPane root = new BorderPane();
    private final ListView<WizardStep> sidebar = new ListView<>();
    private final StackPane content = new StackPane();
    private final Map<WizardStep, StepView> views = new EnumMap<>(WizardStep.class);
    private final WizardViewModel model;
    private final Function<WizardStep, StepView> factory;
    private boolean syncing;

    public WizardView(WizardViewModel model, Function<WizardStep, StepView> factory) {
        this.model = model;
        this.factory = factory;
        sidebar.setId("wizard-steps");
        sidebar.getStyleClass().add("wizard-sidebar");
        sidebar.getItems().setAll(WizardStep.values());
        sidebar.setAccessibleText(I18n.t("wizard.sidebar"));
        sidebar.setCellFactory(list -> new StepCell());
        for (WizardStep step : WizardStep.values()) {
            model.stateProperty(step).addListener((obs, o, n) -> sidebar.refresh());
        }
        sidebar.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (syncing || n == null) {
                return;
            }
            if (!model.go(n)) {
                syncing = true;
                sidebar.getSelectionModel().select(model.currentProperty().get());
                syncing = false;
            }
        });
        model.currentProperty().addListener((obs, o, n) -> show(n));
        content.getStyleClass().add("wizard-content");
        root.setLeft(sidebar);
        root.setCenter(content);
        show(model.currentProperty().get());
    }

    public Node root() {
        return root;
    }

    private void show(WizardStep step) {
        syncing = true;
        sidebar.getSelectionModel().select(step);
        syncing = false;
        StepView view = views.computeIfAbsent(step, factory);
        content.getChildren().setAll(view.root());
        // The step's labels register their Alt keys as their skins attach; then drop the old step's.
        javafx.application.Platform.runLater(() -> Mnemonics.pruneDetached(content.getScene()));
        view.entered();
    }

    private final class StepCell extends ListCell<WizardStep> {
        @Override
        protected void updateItem(WizardStep step, boolean empty) {
            super.updateItem(step, empty);
            getStyleClass().removeAll("step-done", "step-incomplete", "step-locked");
            if (empty || step == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            StepState state = model.stateProperty(step).get();
            String number = (step.ordinal() + 1) + ". ";
            setText(number + I18n.t(step.titleKey()));
            getStyleClass().add("step-" + state.name().toLowerCase(java.util.Locale.ROOT));
            setGraphic(switch (state) {
                case DONE -> Icons.of(MaterialDesignC.CHECK_CIRCLE);
                case INCOMPLETE -> Icons.of(MaterialDesignC.CIRCLE_OUTLINE);
                case LOCKED -> Icons.of(MaterialDesignL.LOCK);
            });
            String stateText = I18n.t("wizard.state." + state.name());
            setTooltip(new Tooltip(stateText));
            setAccessibleText(getText() + ", " + stateText);
            setDisable(false);
        }
    }
}
