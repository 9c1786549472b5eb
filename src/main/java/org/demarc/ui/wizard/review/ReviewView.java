package org.demarc.ui.wizard.review;

import java.util.List;
import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.demarc.model.Control;
import org.demarc.model.Responsibility;
import org.demarc.assessment.analysis.DomainProgress;
import org.demarc.assessment.analysis.Gap;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Presentation;
import org.demarc.ui.common.TextDirection;
import org.demarc.ui.wizard.StepView;

/**
 * The review step: figures and charts, gaps by priority, and the unanswered and flagged lists;
 * double-click or Enter on an entry jumps to the control. While presenting, owners and the
 * flagged list are left out.
 */
public final class ReviewView implements StepView {
    private final ReviewViewModel model;
    private final Consumer<String> jumpToControl;
    private final VBox content = new VBox(16);
    private final ScrollPane root = new ScrollPane(content);
    private boolean stale = true;

    public ReviewView(ReviewViewModel model, Consumer<String> jumpToControl) {
        this.model = model;
        this.jumpToControl = jumpToControl;
        content.setPadding(new Insets(24));
        root.setFitToWidth(true);
        root.setId("review-view");
        model.analysisProperty().addListener((obs, o, n) -> rebuildWhenShown());
        // While presenting, owners and review flags are left out of the figures and lists.
        Presentation.whenToggled(root, this::rebuildWhenShown);
    }

    private void rebuildWhenShown() {
        stale = true;
        if (StepView.isShown(root)) {
            rebuild();
        }
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
        if (stale) {
            rebuild();
        }
    }

    private void rebuild() {
        stale = false;
        Label heading = new Label(I18n.t("review.heading"));
        heading.getStyleClass().add(Styles.TITLE_2);
        content.getChildren().setAll(heading);
        if (!model.hasData()) {
            content.getChildren().add(new Label(I18n.t("review.empty")));
            return;
        }
        Label figures = new Label(Presentation.presenting(root)
                ? I18n.t("review.figures.presenting", model.answered(), model.asked(),
                        Math.round(model.coverage() * 100), model.gaps().size())
                : I18n.t("review.figures", model.answered(), model.asked(),
                        Math.round(model.coverage() * 100), model.gaps().size(), model.flagged().size()));
        figures.setId("review-figures");
        figures.getStyleClass().add(Styles.TITLE_4);
        figures.setWrapText(true);
        content.getChildren().addAll(figures, charts(), lists());
    }

    private Node charts() {
        BarChart<Number, String> coverage = barChart(I18n.t("review.chart.coverage"), I18n.t("review.chart.coverage.axis"), 100);
        XYChart.Series<Number, String> cov = new XYChart.Series<>();
        // Domains with nothing applicable (all inherited or not applicable) have no coverage to show.
        List<DomainProgress> domains = new java.util.ArrayList<>(model.coverageByDomain().stream()
                .filter(p -> p.applicable() > 0).toList());
        java.util.Collections.reverse(domains); // category axes draw bottom-up; keep catalog order top-down
        for (DomainProgress p : domains) {
            cov.getData().add(new XYChart.Data<>(Math.round(p.coverage() * 100), p.domain().name()));
        }
        coverage.getData().add(cov);
        coverage.setPrefHeight(Math.max(220, 34 * domains.size() + 80));
        styleBars(cov, d -> "bar-coverage");

        BarChart<Number, String> status = barChart(I18n.t("review.chart.status"), I18n.t("review.chart.count"), -1);
        XYChart.Series<Number, String> st = new XYChart.Series<>();
        List<String> statusClasses = new java.util.ArrayList<>();
        int unanswered = model.unanswered().size();
        if (unanswered > 0) {
            st.getData().add(new XYChart.Data<>(unanswered, I18n.t("questions.state.open")));
            statusClasses.add("bar-open");
        }
        List<org.demarc.model.AnswerStatus> order = new java.util.ArrayList<>(List.of(org.demarc.model.AnswerStatus.values()));
        java.util.Collections.reverse(order);
        for (org.demarc.model.AnswerStatus s : order) {
            st.getData().add(new XYChart.Data<>(model.statusDistribution().getOrDefault(s, 0), I18n.t("status." + s.name())));
            statusClasses.add("bar-status-" + s.name().toLowerCase(java.util.Locale.ROOT));
        }
        status.getData().add(st);
        styleBars(st, d -> statusClasses.get(st.getData().indexOf(d)));

        BarChart<Number, String> split = barChart(I18n.t("review.chart.split"), I18n.t("review.chart.cells"), -1);
        XYChart.Series<Number, String> sp = new XYChart.Series<>();
        List<Responsibility> rs = new java.util.ArrayList<>(List.of(Responsibility.values()));
        java.util.Collections.reverse(rs);
        for (Responsibility r : rs) {
            sp.getData().add(new XYChart.Data<>(model.responsibilitySplit().getOrDefault(r, 0),
                    I18n.t("responsibility." + r.name())));
        }
        split.getData().add(sp);
        styleBars(sp, d -> "bar-" + rs.get(sp.getData().indexOf(d)).name().toLowerCase(java.util.Locale.ROOT));
        status.setPrefHeight(300);
        split.setPrefHeight(300);
        HBox row = new HBox(16, status, split);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox.setHgrow(split, Priority.ALWAYS);
        return new VBox(12, coverage, row);
    }

    private static BarChart<Number, String> barChart(String title, String axisLabel, double max) {
        NumberAxis x = max > 0 ? new NumberAxis(0, max, max / 5) : new NumberAxis();
        x.setLabel(axisLabel);
        x.setMinorTickVisible(false);
        if (max <= 0) {
            x.setTickUnit(1);
            x.setForceZeroInRange(true);
        }
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(x, y);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(6);
        chart.getStyleClass().add("review-chart");
        return chart;
    }

    private static void styleBars(XYChart.Series<Number, String> series,
                                  java.util.function.Function<XYChart.Data<Number, String>, String> styleClass) {
        for (XYChart.Data<Number, String> d : series.getData()) {
            d.nodeProperty().addListener((obs, o, n) -> {
                if (n != null) {
                    n.getStyleClass().add(styleClass.apply(d));
                }
            });
            if (d.getNode() != null) {
                d.getNode().getStyleClass().add(styleClass.apply(d));
            }
        }
    }

    private Node lists() {
        boolean presenting = Presentation.presenting(root);
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        ListView<Gap> gaps = new ListView<>();
        gaps.setId("review-gaps");
        gaps.getItems().setAll(model.gaps());
        gaps.setPlaceholder(new Label(I18n.t("review.gaps.none")));
        gaps.setCellFactory(v -> new ListCell<>() {
            {
                fitToList(this);
            }

            @Override
            protected void updateItem(Gap g, boolean empty) {
                super.updateItem(g, empty);
                setText(empty || g == null ? null : presenting
                        ? I18n.t("review.gap.item", g.priority(), g.control().id(), g.control().title(),
                                I18n.t("status." + g.answer().status().name()))
                        : gapText(g));
                TextDirection.orient(this, empty || g == null ? null : g.control().title());
            }
        });
        jumpOn(gaps, g -> g.control().id());
        ListView<Control> open = controlList("review-unanswered", model.unanswered(), I18n.t("review.unanswered.none"));
        ListView<Control> flagged = controlList("review-flagged", model.flagged(), I18n.t("review.flagged.none"));
        grid.add(title(I18n.t("review.gaps")), 0, 0, 2, 1);
        grid.add(gaps, 0, 1, 2, 1);
        grid.add(title(I18n.t("review.unanswered")), 0, 2);
        grid.add(open, 0, 3);
        if (!presenting) {
            grid.add(title(I18n.t("review.flagged")), 1, 2);
            grid.add(flagged, 1, 3);
        }
        for (ListView<?> l : List.of(gaps, open, flagged)) {
            l.setPrefHeight(200);
            GridPane.setHgrow(l, Priority.ALWAYS);
        }
        return grid;
    }

    private ListView<Control> controlList(String id, List<Control> controls, String none) {
        ListView<Control> list = new ListView<>();
        list.setId(id);
        list.getItems().setAll(controls);
        list.setPlaceholder(new Label(none));
        list.setCellFactory(v -> new ListCell<>() {
            {
                fitToList(this);
            }

            @Override
            protected void updateItem(Control c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.id() + "  " + c.title());
                TextDirection.orient(this, empty || c == null ? null : c.title());
            }
        });
        jumpOn(list, Control::id);
        return list;
    }

    /** Long control titles wrap inside the list instead of widening it (no sideways scrolling at 1024 px). */
    private static void fitToList(ListCell<?> cell) {
        cell.setWrapText(true);
        cell.setPrefWidth(0);
    }

    private <T> void jumpOn(ListView<T> list, java.util.function.Function<T, String> id) {
        list.setOnMouseClicked(e -> {
            T item = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && item != null) {
                jumpToControl.accept(id.apply(item));
            }
        });
        list.setOnKeyPressed(e -> {
            T item = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null) {
                jumpToControl.accept(id.apply(item));
            }
        });
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    /** A gap's line: the remediation owner when the action has one, else the control's owner, else no owner at all. */
    static String gapText(Gap g) {
        String remediationOwner = g.answer().remediation().owner().strip();
        String owner = g.answer().owner().strip();
        String key = !remediationOwner.isEmpty() ? "review.gap.item.remediationOwner"
                : !owner.isEmpty() ? "review.gap.item.owner" : "review.gap.item";
        return I18n.t(key, g.priority(), g.control().id(), g.control().title(),
                I18n.t("status." + g.answer().status().name()), remediationOwner.isEmpty() ? owner : remediationOwner);
    }
}
