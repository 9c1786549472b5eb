package org.demarc.ui.wizard.questions;

import java.util.List;
import java.util.Objects;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.demarc.assessment.analysis.DomainProgress;
import org.demarc.model.Control;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.TextDirection;

/**
 * The left side of the questions step: search and filters, the controls with their state (several
 * can be chosen for a bulk answer), the bulk answer bar, progress by domain.
 */
final class QuestionListView {
    /** Window height below which progress by domain starts folded. */
    private static final double SHORT_WINDOW = 760;
    private static final KeyCombination SELECT_DOMAIN = KeyCombination.keyCombination("Shortcut+Shift+A");

    private final QuestionsViewModel model;
    private final ListView<Control> list = new ListView<>();
    /** The model's items, copied while the selection is guarded, so a change never reads as a user's choice. */
    private final ObservableList<Control> shown = FXCollections.observableArrayList();
    private final QuestionFilterBar filters;
    private final VBox progress = new VBox(4);
    private final VBox root;
    /** Set while the list's selection is put back after its items changed: not a choice of the user. */
    private boolean restoring;

    QuestionListView(QuestionsViewModel model, DialogService dialogs) {
        this.model = model;
        filters = new QuestionFilterBar(model, this::focus);
        list.setId("questions-list");
        shown.setAll(model.items());
        list.setItems(shown);
        list.setCellFactory(v -> new ControlCell());
        list.setPlaceholder(new Label(I18n.t("questions.none")));
        MultipleSelectionModel<Control> selection = list.getSelectionModel();
        selection.setSelectionMode(SelectionMode.MULTIPLE);
        selection.getSelectedItems().addListener((ListChangeListener<Control>) c -> chosenByUser());
        selection.selectedItemProperty().addListener((obs, o, n) -> chosenByUser());
        model.selectedProperty().addListener((obs, o, n) -> show(n));
        model.chosen().addListener((ListChangeListener<Control>) c -> {
            int i = list.getItems().indexOf(model.selectedProperty().get());
            if (!restoring && model.chosen().isEmpty() && selection.getSelectedItems().size() > 1 && i >= 0) {
                guarded(() -> selection.clearAndSelect(i));
            }
        });
        model.items().addListener((ListChangeListener<Control>) c -> showItems());
        show(model.selectedProperty().get());
        model.marksProperty().addListener((obs, o, n) -> list.refresh());
        model.notMatchingProperty().addListener((obs, o, n) -> list.refresh());
        model.progress().addListener((ListChangeListener<DomainProgress>) c -> showProgress());
        showProgress();
        list.setContextMenu(contextMenu());
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (SELECT_DOMAIN.match(e)) {
                selectDomain();
                e.consume();
            }
        });

        ScrollPane progressScroll = new ScrollPane(progress);
        progressScroll.setFitToWidth(true);
        progressScroll.setPrefHeight(170);
        TitledPane progressPane = new TitledPane(I18n.t("questions.progress"), progressScroll);
        progressPane.setCollapsible(true);
        progressPane.setAnimated(false);
        Node bulk = new BulkAnswerEditor(model.bulk(), dialogs, this::selectDomain).root();
        root = new VBox(8, filters.root(), list, bulk, progressPane);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        root.setMinWidth(260);
        // On a short window (a projector at 1024x700) the list needs the room: progress starts folded.
        foldProgressOnShortWindows(progressPane);
    }

    Node root() {
        return root;
    }

    /** Decided once, at the first layout; after that the user's choice stands. */
    private void foldProgressOnShortWindows(TitledPane progressPane) {
        ChangeListener<Number> once = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> obs, Number o, Number height) {
                if (height.doubleValue() > 0 && list.getScene() != null) {
                    root.heightProperty().removeListener(this);
                    if (list.getScene().getHeight() < SHORT_WINDOW) {
                        progressPane.setExpanded(false);
                    }
                }
            }
        };
        root.heightProperty().addListener(once);
    }

    void focus() {
        list.requestFocus();
    }

    void focusSearch() {
        filters.focusSearch();
    }

    private ContextMenu contextMenu() {
        MenuItem domain = new MenuItem(I18n.t("questions.select.domain"));
        domain.setOnAction(e -> selectDomain());
        MenuItem all = new MenuItem(I18n.t("questions.select.all"));
        all.setOnAction(e -> list.getSelectionModel().selectAll());
        return new ContextMenu(domain, all);
    }

    /** Chooses every listed control of the selected control's domain, for a bulk answer. */
    private void selectDomain() {
        Control current = model.selectedProperty().get();
        if (current == null) {
            return;
        }
        MultipleSelectionModel<Control> selection = list.getSelectionModel();
        for (Control c : List.copyOf(list.getItems())) {
            if (c.domainId().equals(current.domainId()) && !selection.getSelectedItems().contains(c)) {
                selection.select(c);
            }
        }
        selection.select(current); // stays the one shown on the right
        list.requestFocus();
    }

    /**
     * The user chose in the list: the model follows, and once the list has finished its own
     * selection change, controls kept only for being worked on may leave it.
     */
    private void chosenByUser() {
        if (restoring) {
            return;
        }
        MultipleSelectionModel<Control> selection = list.getSelectionModel();
        List<Control> now = selection.getSelectedItems().stream().filter(Objects::nonNull).toList();
        Control c = selection.getSelectedItem();
        // The list may be in the middle of a range selection: the model follows without answering back.
        guarded(() -> {
            if (!model.chosen().equals(now)) {
                model.chosen().setAll(now);
            }
            if (c != null && model.selectedProperty().get() != c) {
                model.selectedProperty().set(c);
            }
        });
        Platform.runLater(model::settle);
    }

    /** After the items change (a filter, a control leaving), the same controls stay chosen. */
    private void showItems() {
        Control current = model.selectedProperty().get();
        List<Control> want = model.chosen().stream().filter(c -> c != current && model.items().contains(c))
                .toList();
        MultipleSelectionModel<Control> selection = list.getSelectionModel();
        guarded(() -> {
            shown.setAll(model.items());
            selection.clearSelection();
            want.forEach(selection::select);
            if (current != null) {
                selection.select(current);
            }
        });
    }

    private void guarded(Runnable change) {
        restoring = true;
        try {
            change.run();
        } finally {
            restoring = false;
        }
    }

    /** The model moved to another control: it alone is chosen, and scrolled to. */
    private void show(Control c) {
        MultipleSelectionModel<Control> selection = list.getSelectionModel();
        if (!restoring && c != null && (selection.getSelectedItem() != c || !selection.getSelectedItems().contains(c))) {
            only(c);
        }
    }

    private void only(Control c) {
        int i = list.getItems().indexOf(c);
        if (i >= 0) {
            guarded(() -> list.getSelectionModel().clearAndSelect(i));
            if (!model.chosen().equals(List.of(c))) {
                model.chosen().setAll(c);
            }
            list.scrollTo(c);
        }
    }

    private void showProgress() {
        progress.getChildren().clear();
        for (DomainProgress p : model.progress()) {
            Label name = new Label(I18n.t("questions.progress.domain", p.domain().name(), p.answered(), p.asked()));
            ProgressBar bar = new ProgressBar(p.asked() == 0 ? 1 : (double) p.answered() / p.asked());
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.setAccessibleText(name.getText());
            progress.getChildren().addAll(name, bar);
        }
    }

    private final class ControlCell extends ListCell<Control> {
        ControlCell() {
            // Ellipsis instead of a horizontal scrollbar for long titles.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Control c, boolean empty) {
            super.updateItem(c, empty);
            getStyleClass().removeAll("answer-gap", "answer-done", "answer-open", "question-not-matching");
            setTooltip(null);
            if (empty || c == null) {
                setText(null);
                setGraphic(null);
                TextDirection.orient(this, null);
                return;
            }
            // By the title, not the id in front of it: a Hebrew title reads from the right.
            TextDirection.orient(this, c.title());
            ControlMark m = model.mark(c);
            String state = m.answered() ? I18n.t("status." + m.status().name()) : I18n.t("questions.state.open");
            setText(c.id() + "  " + c.title());
            setGraphic(StatusIcons.graphic(m));
            getStyleClass().add(!m.answered() ? "answer-open" : m.gap() ? "answer-gap" : "answer-done");
            String notMatching = "";
            if (!model.matchesFilter(c)) {
                getStyleClass().add("question-not-matching");
                notMatching = ", " + I18n.t("questions.notMatching");
                setTooltip(new Tooltip(I18n.t("questions.notMatching.tooltip")));
            }
            setAccessibleText(getText() + ", " + state + (m.flagged() ? ", " + I18n.t("questions.filter.flagged") : "")
                    + notMatching);
        }
    }
}
