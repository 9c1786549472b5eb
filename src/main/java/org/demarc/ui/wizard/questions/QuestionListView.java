package org.demarc.ui.wizard.questions;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.demarc.assessment.analysis.DomainProgress;
import org.demarc.model.Control;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Presentation;
import org.demarc.ui.common.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The left side of the questions step: filters, the controls with their state, progress by domain. */
final class QuestionListView {
    private final QuestionsViewModel model;
    private final ListView<Control> list = new ListView<>();
    private final VBox progress = new VBox(4);
    private final VBox root;

    QuestionListView(QuestionsViewModel model) {
        this.model = model;
        list.setId("questions-list");
        list.setItems(model.items());
        list.setCellFactory(v -> new ControlCell());
        list.setPlaceholder(new Label(I18n.t("questions.none")));
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n != null) {
                model.selectedProperty().set(n);
            }
        });
        model.selectedProperty().addListener((obs, o, n) -> show(n));
        show(model.selectedProperty().get());
        model.marksProperty().addListener((obs, o, n) -> list.refresh());
        model.progress().addListener((ListChangeListener<DomainProgress>) c -> showProgress());
        showProgress();

        ScrollPane progressScroll = new ScrollPane(progress);
        progressScroll.setFitToWidth(true);
        progressScroll.setPrefHeight(170);
        TitledPane progressPane = new TitledPane(I18n.t("questions.progress"), progressScroll);
        progressPane.setCollapsible(true);
        root = new VBox(8, filters(), list, progressPane);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        root.setMinWidth(260);
    }

    Node root() {
        return root;
    }

    void focus() {
        list.requestFocus();
    }

    private Node filters() {
        ToggleButton all = filter("questions.filter.all", QuestionFilter.ALL);
        ToggleButton unanswered = filter("questions.filter.unanswered", QuestionFilter.UNANSWERED);
        ToggleButton flagged = filter("questions.filter.flagged", QuestionFilter.FLAGGED);
        unanswered.setId("questions-filter-unanswered");
        flagged.setId("questions-filter-flagged");
        SegmentedButton filters = new SegmentedButton(all, unanswered, flagged);
        // Review flags are the assessors' own: while presenting, neither the filter nor its list shows.
        Presentation.internal(flagged);
        Presentation.whenToggled(filters, () -> {
            if (Presentation.presenting(filters) && model.filterProperty().get() == QuestionFilter.FLAGGED) {
                model.filterProperty().set(QuestionFilter.ALL);
            }
        });
        filters.getButtons().forEach(b -> b.setSelected(b.getUserData() == model.filterProperty().get()));
        filters.getToggleGroup().selectedToggleProperty().addListener((obs, o, n) -> {
            if (n == null) {
                if (model.filterProperty().get() != QuestionFilter.PARKED) {
                    o.setSelected(true); // one filter is always chosen (the parked list has its own button)
                }
            } else {
                model.filterProperty().set((QuestionFilter) n.getUserData());
            }
        });
        model.filterProperty().addListener((obs, o, n) -> filters.getButtons().forEach(
                b -> b.setSelected(b.getUserData() == n)));
        return new VBox(4, filters, ParkedFilter.button(model));
    }

    private static ToggleButton filter(String key, QuestionFilter value) {
        ToggleButton b = new ToggleButton(I18n.t(key));
        b.setUserData(value);
        return b;
    }

    private void show(Control c) {
        if (c != null && list.getSelectionModel().getSelectedItem() != c) {
            list.getSelectionModel().select(c);
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
            getStyleClass().removeAll("answer-gap", "answer-done", "answer-open");
            if (empty || c == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            ControlMark m = model.mark(c);
            String state = m.answered() ? I18n.t("status." + m.status().name()) : I18n.t("questions.state.open");
            setText(c.id() + "  " + c.title());
            setGraphic(StatusIcons.graphic(m));
            getStyleClass().add(!m.answered() ? "answer-open" : m.gap() ? "answer-gap" : "answer-done");
            setAccessibleText(getText() + ", " + state + (m.flagged() ? ", " + I18n.t("questions.filter.flagged") : ""));
        }
    }
}
