package org.demarc.ui.wizard.responsibility;

import java.util.Locale;

import atlantafx.base.theme.Styles;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.demarc.model.Domain;
import org.demarc.model.Responsibility;
import org.demarc.model.Service;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.PngImages;
import org.demarc.ui.wizard.StepView;

/**
 * The responsibility matrix for the scope: filters and export above, the matrix with its
 * Control/Title columns frozen, and a collapsible "Why this cell" below, so the service columns
 * keep the width on a projector at 1024×700.
 */
public final class ResponsibilityView implements StepView {
    private final BorderPane root = new BorderPane();
    private final ResponsibilityViewModel model;
    private final MatrixTables tables;

    public ResponsibilityView(ResponsibilityViewModel model) {
        this.model = model;
        Label heading = new Label(I18n.t("matrix.title"));
        heading.getStyleClass().add(Styles.TITLE_2);
        tables = new MatrixTables(model, root.widthProperty());

        Label reason = new Label();
        reason.setId("matrix-reason");
        reason.setWrapText(true);
        reason.getStyleClass().add("matrix-reason");
        reason.textProperty().bind(model.reasonProperty());
        // Three lines whatever the reason says: a longer one must not shrink the matrix under the focused row.
        reason.setMinHeight(54);
        reason.setPrefHeight(54);
        reason.setMaxHeight(54);
        reason.setAlignment(Pos.TOP_LEFT);
        TitledPane why = new TitledPane(I18n.t("matrix.reason.heading"), new VBox(reason, sourceLine()));
        why.setId("matrix-why");
        why.setAnimated(false);
        why.getStyleClass().add("matrix-why");

        Label shown = new Label();
        shown.setId("matrix-shown");
        shown.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.t("matrix.shown", model.rows().size(), model.shownServices().size()),
                model.rows(), model.shownServices()));
        Label result = new Label();
        result.setId("matrix-export-result");
        result.textProperty().bind(model.exportResultProperty());
        FlowPane legend = legend();
        legend.getChildren().addAll(shown, result);

        // The click shows the heading and the first filter (the step's focus goes there, and
        // without a control to take it the sidebar would keep it); the matrix is taken, and the
        // other filters, the legend, "Why this cell" and the tables join, over the next pulses:
        // styled in one pulse, the three drop-downs and the rest held the window for over 100 ms.
        FlowPane bar = new FlowPane(12, 8);
        bar.setAlignment(Pos.CENTER_LEFT);
        java.util.List<Node> filters = filters();
        bar.getChildren().add(filters.get(0));
        VBox top = new VBox(8, heading, bar);
        top.setPadding(new Insets(16, 24, 8, 24));
        root.setTop(top);
        root.setCenter(tables.root());
        BorderPane.setMargin(tables.root(), new Insets(0, 24, 8, 24));
        BorderPane.setMargin(why, new Insets(0, 24, 16, 24));
        java.util.List<Runnable> parts = new java.util.ArrayList<>();
        parts.add(this::refresh);
        // The two other drop-downs a pulse each, then the check box and the export buttons.
        parts.add(() -> bar.getChildren().add(filters.get(1)));
        parts.add(() -> bar.getChildren().add(filters.get(2)));
        parts.add(() -> bar.getChildren().addAll(filters.subList(3, filters.size())));
        parts.add(() -> top.getChildren().add(legend));
        parts.add(() -> root.setBottom(why));
        tables.buildFirst(parts);
        root.getStyleClass().add("matrix-view");
        // Invalidation, not change: the matrix is only computed when the step is on screen.
        model.currentMatrixProperty().addListener((Observable o) -> {
            if (StepView.isShown(root)) {
                refresh();
            }
        });
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
        if (tables.isBuilding()) {
            // The first build takes the matrix in a pulse of its own (see the constructor).
            tables.startBuild();
        } else {
            refresh();
        }
    }

    private void refresh() {
        if (model.refresh()) {
            tables.refresh();
        }
    }

    /**
     * The page the cell rests on, in a read-only field: the program never goes online, so the
     * address is there to select and copy into a browser elsewhere.
     */
    private HBox sourceLine() {
        Label label = new Label(I18n.t("matrix.source.label"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        TextField field = new TextField();
        field.setId("matrix-source");
        field.setEditable(false);
        field.getStyleClass().add("matrix-source");
        field.textProperty().bind(model.sourceProperty());
        // One matrix row high, no gap: the matrix above loses whole rows only, and its frozen and scrolling
        // tables keep their rows aligned.
        field.setMinHeight(28);
        field.setPrefHeight(28);
        field.setMaxHeight(28);
        label.setLabelFor(field);
        HBox.setHgrow(field, javafx.scene.layout.Priority.ALWAYS);
        HBox line = new HBox(8, label, field);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** The bar's filters and export buttons, in order: domain, share, service, overrides only, export. */
    private java.util.List<Node> filters() {
        ComboBox<Domain> domain = new ComboBox<>();
        domain.setId("matrix-domain");
        domain.setConverter(converter(d -> d == null ? I18n.t("matrix.filter.allDomains") : d.name()));
        model.domains().addListener((ListChangeListener<Domain>) c -> {
            domain.getItems().setAll((Domain) null);
            domain.getItems().addAll(model.domains());
        });
        domain.valueProperty().bindBidirectional(model.domainProperty());

        ComboBox<ShareFilter> share = new ComboBox<>();
        share.setId("matrix-share");
        share.getItems().setAll(ShareFilter.values());
        share.setConverter(converter(ResponsibilityView::shareText));
        share.valueProperty().bindBidirectional(model.shareProperty());

        ComboBox<Service> service = new ComboBox<>();
        service.setId("matrix-service");
        service.setConverter(converter(s -> s == null ? I18n.t("matrix.filter.allServices") : s.name()));
        model.services().addListener((ListChangeListener<Service>) c -> {
            service.getItems().setAll((Service) null);
            service.getItems().addAll(model.services());
        });
        service.valueProperty().bindBidirectional(model.serviceProperty());

        CheckBox overrides = new CheckBox(I18n.t("matrix.filter.overridesOnly"));
        overrides.setId("matrix-overrides");
        overrides.selectedProperty().bindBidirectional(model.overridesOnlyProperty());

        Button csv = new Button(I18n.t("matrix.export.csv"));
        csv.setId("matrix-export-csv");
        csv.setOnAction(e -> model.exportCsv());
        Button png = new Button(I18n.t("matrix.export.png"));
        png.setId("matrix-export-png");
        png.setOnAction(e -> model.exportPng(PngImages.snapshot(tables.root())));

        return java.util.List.of(labelled("matrix.filter.domain", domain), labelled("matrix.filter.share", share),
                labelled("matrix.filter.service", service), overrides, new HBox(8, csv, png));
    }

    private static HBox labelled(String key, ComboBox<?> box) {
        box.setPrefWidth(200);
        Label label = new Label(I18n.t(key));
        label.setLabelFor(box);
        label.setMinWidth(Region.USE_PREF_SIZE);
        box.setAccessibleText(I18n.t(key));
        HBox pair = new HBox(8, label, box);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private static FlowPane legend() {
        FlowPane legend = new FlowPane(12, 6);
        legend.setAlignment(Pos.CENTER_LEFT);
        for (Responsibility r : Responsibility.values()) {
            Label l = new Label(I18n.t("matrix.legend.entry", AssignmentCell.letter(r),
                    I18n.t("responsibility." + r.name())));
            l.getStyleClass().addAll("legend", "cell-" + r.name().toLowerCase(Locale.ROOT));
            l.setMinWidth(Region.USE_PREF_SIZE);
            legend.getChildren().add(l);
        }
        Label override = new Label(I18n.t("matrix.legend.override"));
        override.setWrapText(true);
        legend.getChildren().add(override);
        return legend;
    }

    private static String shareText(ShareFilter s) {
        if (s == null) {
            return "";
        }
        return switch (s) {
            case ALL -> I18n.t("matrix.filter.share.all");
            case CUSTOMER_SHARE -> I18n.t("matrix.filter.share.customer");
            case PROVIDER_ONLY -> I18n.t("matrix.filter.share.provider");
        };
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
