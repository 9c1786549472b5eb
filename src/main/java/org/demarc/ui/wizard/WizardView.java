package org.demarc.ui.wizard;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.demarc.ui.common.FocusOutOfHidden;
import org.demarc.ui.common.Mnemonics;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The sidebar of steps with their state (done, incomplete, locked) beside the current step's view.
 * Step views are created the first time they are shown, so the first window appears quickly, and
 * then kept: a step left is hidden, not taken out of the scene ({@link StepView#isShown}).
 */
public final class WizardView {
    private final BorderPane root = new BorderPane();
    private final ListView<WizardStep> sidebar = new ListView<>();
    private final StackPane content = new StackPane();
    private final Map<WizardStep, StepView> views = new EnumMap<>(WizardStep.class);
    /** The Alt keys of the steps hidden, given back when each is shown again. */
    private final Map<Node, java.util.List<javafx.scene.input.Mnemonic>> hiddenKeys = new java.util.HashMap<>();
    private final java.util.Set<WizardStep> styled = java.util.EnumSet.noneOf(WizardStep.class);
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
        // A step chosen by mouse gets the focus once the click is over: the list takes the focus on
        // press and release, which would leave the step's keys (Ctrl+Down in Questions) dead.
        sidebar.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> focusLater(model.currentProperty().get()));
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
        Node shown = view.root();
        if (!content.getChildren().contains(shown)) {
            content.getChildren().add(shown);
        }
        // A step seen before stays in the scene, hidden and left out of layout: coming back costs no
        // CSS, layout or cell rebuilding (the 69-service matrix took a tenth of a second each time),
        // and its labels keep their Alt keys (a label put back before its field registered none).
        Scene scene = content.getScene();
        for (Node child : content.getChildren()) {
            boolean on = child == shown;
            child.setVisible(on);
            child.setManaged(on);
        }
        syncKeys();
        // Keys typed next must not go into a field of the step just hidden.
        FocusOutOfHidden.move(scene);
        // The step's labels register their Alt keys as their skins attach; then drop the old step's.
        javafx.application.Platform.runLater(() -> {
            syncKeys();
            Mnemonics.pruneDetached(content.getScene());
        });
        // Arrowing through the sidebar keeps the focus there (it draws a ring); any other way in
        // (Next, a shortcut, a jump from Review, a click) puts it in the step.
        showLater(step, !sidebar.isFocused());
    }

    /**
     * The hidden steps' Alt keys out of the scene, the shown step's back in. JavaFX tries only the
     * first key entry matching Alt+C, and "_Client" and "internal _comment" make two entries: a
     * hidden step's could win and leave the key dead. Called again after layouts, since a skin
     * registers its key when first laid out, hidden or not.
     */
    private void syncKeys() {
        Scene scene = content.getScene();
        if (scene == null) {
            return;
        }
        for (Node child : content.getChildren()) {
            if (child.isVisible()) {
                Mnemonics.putBack(scene, hiddenKeys.remove(child));
            } else {
                hiddenKeys.computeIfAbsent(child, c -> new java.util.ArrayList<>())
                        .addAll(Mnemonics.takeOut(scene, child));
            }
        }
    }

    /**
     * Brings the step up to date after its view is in the scene and laid out and, with
     * {@code focus}, focuses its first control.
     */
    private void showLater(WizardStep step, boolean focus) {
        javafx.application.Platform.runLater(() -> {
            StepView view = views.get(step);
            if (view != null && model.currentProperty().get() == step && StepView.isShown(view.root())) {
                // A new view needs its skins before entered() can focus in it; a view shown before
                // has them, and applyCss() would restyle each of its nodes (a thousand in the matrix).
                if (styled.add(step)) {
                    view.root().applyCss();
                }
                view.root().getParent().layout();
                // Skins laid out just now (a hidden step's too) have registered their keys.
                syncKeys();
                view.shown();
                if (focus) {
                    view.entered();
                }
            }
        });
    }

    /** After a click in the sidebar (which took the focus on press): the step shown takes it. */
    private void focusLater(WizardStep step) {
        javafx.application.Platform.runLater(() -> {
            StepView view = views.get(step);
            if (view != null && model.currentProperty().get() == step && StepView.isShown(view.root())) {
                view.entered();
            }
        });
    }

    /** A step's line in the sidebar; its icon and tooltip change only with the step's state. */
    private final class StepCell extends ListCell<WizardStep> {
        private final Tooltip tooltip = new Tooltip();
        private WizardStep shownStep;
        private StepState shownState;

        @Override
        protected void updateItem(WizardStep step, boolean empty) {
            super.updateItem(step, empty);
            if (empty || step == null) {
                getStyleClass().removeAll("step-done", "step-incomplete", "step-locked");
                setText(null);
                setGraphic(null);
                setTooltip(null);
                shownStep = null;
                shownState = null;
                return;
            }
            StepState state = model.stateProperty(step).get();
            if (step == shownStep && state == shownState) {
                // Selection and focus redraw the cell: new icon nodes each time would each need styling.
                return;
            }
            shownStep = step;
            shownState = state;
            getStyleClass().removeAll("step-done", "step-incomplete", "step-locked");
            String number = (step.ordinal() + 1) + ". ";
            setText(number + I18n.t(step.titleKey()));
            getStyleClass().add("step-" + state.name().toLowerCase(java.util.Locale.ROOT));
            setGraphic(switch (state) {
                case DONE -> Icons.of(MaterialDesignC.CHECK_CIRCLE);
                case INCOMPLETE -> Icons.of(MaterialDesignC.CIRCLE_OUTLINE);
                case LOCKED -> Icons.of(MaterialDesignL.LOCK);
            });
            String stateText = I18n.t("wizard.state." + state.name());
            tooltip.setText(stateText);
            setTooltip(tooltip);
            setAccessibleText(getText() + ", " + stateText);
            setDisable(false);
        }
    }
}
