package org.demarc.ui.wizard.services;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.demarc.model.Category;
import org.demarc.model.Service;
import org.demarc.model.ServiceVariant;
import org.demarc.ui.common.I18n;
import org.demarc.ui.compare.ProviderComparisonWindow;
import org.demarc.ui.common.TextDirection;
import org.demarc.ui.common.Icons;
import org.demarc.ui.wizard.StepView;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The services step: search, filters, a checkable list of the catalog's services, and under it the
 * deployment variant of the selected service when it has variants (Alt+Y, or Tab from the list);
 * "Compare providers…" (Alt+M) opens the selected service beside its equivalents on the other providers.
 */
public final class ServicesView implements StepView {
    private final BorderPane root = new BorderPane();
    private final CustomTextField search;
    private final ListView<Service> list = new ListView<>();

    public ServicesView(ServicesViewModel model) {
        Label heading = new Label(I18n.t("services.heading"));
        heading.getStyleClass().add(Styles.TITLE_2);
        search = (CustomTextField) TextFields.createClearableTextField();
        search.setId("services-search");
        search.setPromptText(I18n.t("services.search.prompt"));
        search.setAccessibleText(I18n.t("services.search.prompt"));
        search.setLeft(Icons.of(MaterialDesignM.MAGNIFY));
        search.textProperty().bindBidirectional(model.searchProperty());
        ComboBox<String> group = new ComboBox<>();
        group.setId("services-group");
        group.getItems().add(null);
        group.getItems().addAll(model.groups());
        model.groups().addListener((javafx.collections.ListChangeListener<String>) c -> {
            group.getItems().setAll((String) null);
            group.getItems().addAll(model.groups());
        });
        group.setConverter(new StringConverter<>() {
            @Override
            public String toString(String g) {
                return g == null ? I18n.t("services.filter.allGroups") : g;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        group.valueProperty().bindBidirectional(model.groupProperty());
        group.setAccessibleText(I18n.t("services.filter.group"));
        ComboBox<Category> category = new ComboBox<>();
        category.setId("services-category");
        category.getItems().add(null);
        category.getItems().addAll(Category.values());
        category.setConverter(new StringConverter<>() {
            @Override
            public String toString(Category c) {
                return c == null ? I18n.t("services.filter.allCategories") : I18n.t("category." + c.name());
            }

            @Override
            public Category fromString(String s) {
                return null;
            }
        });
        category.valueProperty().bindBidirectional(model.categoryProperty());
        category.setAccessibleText(I18n.t("services.filter.category"));
        Label count = new Label();
        count.setId("services-count");
        count.setMinWidth(Region.USE_PREF_SIZE); // "101 selected" is never cut to "1..."; the search field gives way
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> I18n.t("services.count", model.selectedCountProperty().get()), model.selectedCountProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(search, Priority.ALWAYS);
        Button compare = new Button(I18n.t("services.compare"));
        compare.setId("services-compare");
        compare.setMnemonicParsing(true);
        // Never cut to "Compare pr…" at 1024 wide: the search box gives way instead.
        compare.setMinWidth(Region.USE_PREF_SIZE);
        compare.disableProperty().bind(model.comparableProperty().not());
        compare.setOnAction(e -> {
            Service s = model.selectedProperty().get();
            if (s != null) {
                ProviderComparisonWindow.show(root.getScene().getWindow(), s.id(), s.name());
            }
        });
        HBox filters = new HBox(10, search, group, category, spacer, count, compare);
        filters.setAlignment(Pos.CENTER_LEFT);

        list.setId("services-list");
        list.setItems(model.visibleServices());
        list.setCellFactory(v -> new ServiceCell(model));
        list.setPlaceholder(new Label(I18n.t("services.none")));
        list.setOnKeyPressed(e -> {
            Service s = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && s != null && !model.readOnlyProperty().get()) {
                model.setInScope(s, !model.isInScope(s));
                list.refresh();
                e.consume();
            }
        });
        model.scopeProperty().addListener((obs, o, n) -> list.refresh());
        model.variantProperty().addListener((obs, o, n) -> list.refresh());
        // Enter in the search box moves to the list, so search-then-pick works from the keyboard.
        search.setOnAction(e -> {
            list.requestFocus();
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> model.selectedProperty().set(n));
        VBox top = new VBox(10, heading, new Label(I18n.t("services.hint")), filters);
        top.setPadding(new Insets(24, 24, 12, 24));
        root.setTop(top);
        BorderPane.setMargin(list, new Insets(0, 24, 0, 24));
        root.setCenter(list);
        Node variantRow = variantRow(model);
        BorderPane.setMargin(variantRow, new Insets(8, 24, 24, 24));
        root.setBottom(variantRow);
    }

    /** "Deployment: [variant]" and what the variant changes, for the service selected in the list. */
    private static Node variantRow(ServicesViewModel model) {
        ComboBox<ServiceVariant> variant = new ComboBox<>(model.variantChoices());
        variant.setId("services-variant");
        variant.valueProperty().bindBidirectional(model.variantProperty());
        variant.setConverter(new StringConverter<>() {
            @Override
            public String toString(ServiceVariant v) {
                return v == null ? "" : v.isDefault() ? I18n.t("services.variant.default", v.name()) : v.name();
            }

            @Override
            public ServiceVariant fromString(String s) {
                return null;
            }
        });
        variant.disableProperty().bind(model.variantEditableProperty().not().or(model.readOnlyProperty()));
        Label label = new Label(I18n.t("services.variant.label"));
        label.setMnemonicParsing(true);
        label.setLabelFor(variant);
        variant.setAccessibleText(I18n.t("services.variant.accessible"));
        Label hint = new Label();
        hint.setId("services-variant-hint");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            ServiceVariant v = model.variantProperty().get();
            if (!model.variantEditableProperty().get()) {
                return I18n.t("services.variant.checkFirst");
            }
            return v == null ? "" : v.description();
        }, model.variantProperty(), model.variantEditableProperty()));
        HBox.setHgrow(hint, Priority.ALWAYS);
        // The label and the choice keep their width; the description wraps in what is left.
        label.setMinWidth(Region.USE_PREF_SIZE);
        variant.setMinWidth(Region.USE_PREF_SIZE);
        hint.setMinWidth(0);
        HBox row = new HBox(8, label, variant, hint);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(model.variantOfferedProperty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void entered() {
        search.requestFocus();
    }

    private static final class ServiceCell extends ListCell<Service> {
        private final ServicesViewModel model;
        private final CheckBox check = new CheckBox();
        private final Label name = new Label();
        private final Label category = new Label();
        private final Label deployed = new Label();
        private final Label keeps = new Label();
        private final VBox box;
        private boolean updating;

        ServiceCell(ServicesViewModel model) {
            this.model = model;
            name.getStyleClass().add(Styles.TEXT_BOLD);
            category.getStyleClass().addAll("category-chip");
            keeps.getStyleClass().add(Styles.TEXT_MUTED);
            keeps.setWrapText(true);
            deployed.getStyleClass().add(Styles.TEXT_MUTED);
            HBox line = new HBox(8, check, name, category, deployed);
            line.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(2, line, keeps);
            check.disableProperty().bind(model.readOnlyProperty());
            check.selectedProperty().addListener((obs, o, n) -> {
                if (!updating && getItem() != null) {
                    model.setInScope(getItem(), n);
                }
            });
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Service s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                TextDirection.orient(this, null);
                return;
            }
            TextDirection.orient(this, s.name());
            updating = true;
            check.setSelected(model.isInScope(s));
            updating = false;
            check.setId("service-check-" + s.id());
            check.setAccessibleText(s.name());
            name.setText(s.name() + "  (" + s.id() + ", " + s.group() + ")");
            category.setText(I18n.t("category." + s.category().name()));
            category.getStyleClass().removeIf(c -> c.startsWith("category-chip-"));
            category.getStyleClass().add("category-chip-" + s.category().name().toLowerCase(java.util.Locale.ROOT));
            ServiceVariant v = model.isInScope(s) ? model.variantOf(s) : null;
            deployed.setText(v == null ? "" : I18n.t("services.variant.row", v.name()));
            deployed.setId("service-variant-" + s.id());
            keeps.setText(s.description().isBlank() ? I18n.t("services.keeps", model.customerKeeps(s))
                    : s.description() + "  " + I18n.t("services.keeps", model.customerKeeps(s)));
            setGraphic(box);
            if (model.readOnlyProperty().get()) {
                setAccessibleHelp(I18n.t("app.readOnly"));
            }
        }
    }
}
