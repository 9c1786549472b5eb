package org.demarc.ui.wizard.questions;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.demarc.assessment.analysis.ControlFilter;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Domain;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Presentation;
import org.demarc.ui.common.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * Above the question list: the search (Ctrl+F; Enter on a control id goes to that control, Escape
 * clears, and once empty goes back to the list), the filters by domain, status and owner, the
 * unanswered / gap / no evidence / flagged / parked toggles, and how many controls match, with one
 * click to clear every filter.
 */
final class QuestionFilterBar {
    private final QuestionsViewModel model;
    private final CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
    private final ComboBox<String> domain = new ComboBox<>();
    private final ComboBox<AnswerStatus> status = new ComboBox<>();
    private final ComboBox<String> owner = new ComboBox<>();
    private final List<ToggleButton> toggles;
    private boolean filling;
    private final VBox root;

    QuestionFilterBar(QuestionsViewModel model, Runnable toList) {
        this.model = model;
        search.setId("questions-search");
        search.setPromptText(I18n.t("questions.search.prompt"));
        search.setAccessibleText(I18n.t("questions.search.prompt"));
        search.setTooltip(new Tooltip(I18n.t("questions.search.tooltip")));
        search.setLeft(Icons.of(MaterialDesignM.MAGNIFY));
        search.setPrefWidth(0);
        search.textProperty().addListener((obs, o, n) -> change(f -> f.withText(n)));
        search.setOnAction(e -> {
            if (!model.jumpTo(search.getText())) {
                model.selectFirstMatch();
            }
            toList.run();
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ESCAPE) {
                // Escape in an empty search (or Down) goes back to the list, where the shortcuts are.
                toList.run();
                e.consume();
            }
        });

        choices(domain, "questions-filter-domain", "questions.filter.allDomains", model.domains().stream()
                .map(Domain::id).toList(), id -> model.domains().stream().filter(d -> d.id().equals(id))
                .map(Domain::name).findFirst().orElse(id));
        model.domains().addListener((ListChangeListener<Domain>) c -> fill(domain,
                model.domains().stream().map(Domain::id).toList()));
        domain.valueProperty().addListener((obs, o, n) -> change(f -> f.withDomainId(n)));
        choices(status, "questions-filter-status", "questions.filter.anyStatus", List.of(AnswerStatus.values()),
                s -> I18n.t("status." + s.name()));
        status.valueProperty().addListener((obs, o, n) -> change(f -> f.withStatus(n)));
        choices(owner, "questions-filter-owner", "questions.filter.anyOwner", model.owners(), o -> o);
        model.owners().addListener((ListChangeListener<String>) c -> fill(owner, model.owners()));
        owner.valueProperty().addListener((obs, o, n) -> change(f -> f.withOwner(n)));
        // The domain on its own row, status and owner beside each other below: they shrink with
        // the list rather than push it wider, and names stay readable at 1024 pixels.
        GridPane combos = new GridPane();
        combos.setHgap(6);
        combos.setVgap(6);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints(0, 80, Double.MAX_VALUE);
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            combos.getColumnConstraints().add(column);
        }
        combos.add(domain, 0, 0, 2, 1);
        combos.add(status, 0, 1);
        combos.add(owner, 1, 1);

        toggles = List.of(
                toggle("questions-filter-unanswered", "questions.filter.unanswered", (f, on) -> f.withUnanswered(on)),
                toggle("questions-filter-gap", "questions.filter.gap", (f, on) -> f.withGap(on)),
                toggle("questions-filter-noevidence", "questions.filter.noEvidence", (f, on) -> f.withNoEvidence(on)),
                toggle("questions-filter-flagged", "questions.filter.flagged", (f, on) -> f.withFlagged(on)));
        FlowPane flags = new FlowPane(4, 4);
        flags.setPrefWrapLength(200);
        flags.getChildren().addAll(toggles);
        ToggleButton parked = ParkedFilter.button(model);
        parked.getStyleClass().add("question-filter-toggle");
        flags.getChildren().add(parked);

        Label count = new Label();
        count.setId("questions-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setWrapText(true);
        count.setMinWidth(0);
        count.setMinHeight(Region.USE_PREF_SIZE); // wraps in a narrow list instead of cutting the text
        count.textProperty().bind(Bindings.createStringBinding(this::countText, model.matchingProperty(),
                model.totalProperty(), model.notMatchingProperty()));
        Hyperlink clear = new Hyperlink(I18n.t("questions.filter.clear"));
        clear.setId("questions-filter-clear");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(e -> model.filterProperty().set(ControlFilter.ALL));
        clear.visibleProperty().bind(Bindings.createBooleanBinding(() -> !model.filterProperty().get().isEmpty(),
                model.filterProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(count, Priority.SOMETIMES);
        HBox countRow = new HBox(6, count, spacer, clear);
        countRow.setAlignment(Pos.CENTER_LEFT);

        model.filterProperty().addListener((obs, o, n) -> show(n));
        show(model.filterProperty().get());
        root = new VBox(6, search, combos, flags, countRow);
        // Review flags and owners are the assessors' own: while presenting, their filters neither show
        // nor keep filtering the list.
        ToggleButton flagged = toggles.get(toggles.size() - 1);
        Presentation.internal(flagged, owner);
        Presentation.whenToggled(root, () -> {
            if (Presentation.presenting(root)) {
                change(f -> f.withFlagged(false).withOwner(null));
            }
        });
        root.getStyleClass().add("question-filters");
    }

    Node root() {
        return root;
    }

    /** Ctrl+F: into the search, its text selected so typing replaces it. */
    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private String countText() {
        String text = I18n.t("questions.count", model.matchingProperty().get(), model.totalProperty().get());
        int kept = model.notMatchingProperty().get().size();
        return kept == 0 ? text : text + " " + I18n.t("questions.count.kept", kept);
    }

    private void change(UnaryOperator<ControlFilter> edit) {
        if (filling) {
            return;
        }
        ControlFilter now = model.filterProperty().get();
        ControlFilter next = edit.apply(now);
        if (!next.equals(now)) {
            model.filterProperty().set(next);
        }
    }

    /** Shows a filter set elsewhere (cleared, or the search emptied by going to a control). */
    private void show(ControlFilter f) {
        if (!search.getText().equals(f.text())) {
            search.setText(f.text());
        }
        domain.setValue(f.domainId());
        status.setValue(f.status());
        owner.setValue(f.owner());
        List<Boolean> on = List.of(f.unanswered(), f.gap(), f.noEvidence(), f.flagged());
        for (int i = 0; i < toggles.size(); i++) {
            toggles.get(i).setSelected(on.get(i));
        }
    }

    private ToggleButton toggle(String id, String key, BiFunction<ControlFilter, Boolean, ControlFilter> edit) {
        ToggleButton b = new ToggleButton(I18n.t(key));
        b.setId(id);
        b.getStyleClass().addAll(Styles.SMALL, "question-filter-toggle");
        b.selectedProperty().addListener((obs, o, n) -> change(f -> edit.apply(f, n)));
        return b;
    }

    /** A choice whose first entry, null, means "any". */
    private <T> void choices(ComboBox<T> box, String id, String anyKey, List<T> values,
                                    Function<T, String> label) {
        box.setId(id);
        box.setAccessibleText(I18n.t(anyKey));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? I18n.t(anyKey) : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.getStyleClass().add(Styles.SMALL);
        box.setMinWidth(0);
        box.setPrefWidth(80);
        box.setMaxWidth(Double.MAX_VALUE);
        fill(box, values);
    }

    /** New choices, keeping the one chosen (listed even if no answer names it any more). */
    private <T> void fill(ComboBox<T> box, List<T> values) {
        T keep = box.getValue();
        filling = true;
        try {
            ObservableList<T> items = box.getItems();
            items.setAll((T) null);
            items.addAll(values);
            if (keep != null && !values.contains(keep)) {
                items.add(keep);
            }
            box.setValue(keep);
        } finally {
            filling = false;
        }
    }
}
