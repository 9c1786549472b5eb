package org.demarc.ui.wizard.responsibility;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableDoubleValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.demarc.model.Control;
import org.demarc.model.Service;
import org.demarc.ui.common.I18n;

/**
 * The matrix as two tables sharing one vertical scroll: Control and Title on the left stay put
 * while the service columns on the right scroll sideways. The service table holds only the
 * columns that fit (a table keeps every cell of every column of a row in the scene, 69 services
 * made each visit cost seconds of CSS); the sideways bar, Left/Right at the edge and a sideways
 * wheel move that window of columns. The columns are slots, made once per provider and place in
 * the window: moving the window points each slot at its new service (its header and cells follow),
 * so the table keeps its columns, headers and cells. Giving the table other columns at each step
 * rebuilt every header and put every cell of every row back in the scene, restyled; that now
 * happens only when a provider's share of the window changes.
 * <p>
 * The first time they are shown the tables are built over several pulses: the tables and their
 * skins made out of the scene, the parts of the view given to {@link #buildFirst}, the empty
 * tables in the scene, then two service columns a pulse, then the rows a few a pulse
 * ({@link RowFeed}). Built
 * in one go, the tables, columns and a screen of rows held the window for a third of a second on
 * a large scope; each pulse now does a small part of it.
 */
final class MatrixTables {
    private static final double ROW_HEIGHT = 28;
    private static final double SERVICE_WIDTH = 92;
    /** On the tables while their rows are still coming in ({@link RowFeed}). */
    static final javafx.css.PseudoClass BUILDING = javafx.css.PseudoClass.getPseudoClass("building");

    private final ResponsibilityViewModel model;
    private final ObservableDoubleValue availableWidth;
    /** Made in the first pulse of the build ({@link #make()}), not with the view. */
    private TableView<Control> fixed;
    private TableView<Control> table;
    private final RowFeed feed;
    /** Service columns per pulse while the tables are built. */
    private static final int COLUMNS_PER_PULSE = 2;
    /** How many service columns may be shown while the tables are being built. */
    private int columnLimit;
    private final AnimationTimer build = new AnimationTimer() {
        @Override
        public void handle(long now) {
            buildStep();
        }
    };
    private VBox left;
    private VBox right;
    /** Per provider id, its slots in window order. */
    private final Map<String, List<ServiceSlot>> slots = new HashMap<>();
    /** The slots in the window, in order, as last shown. */
    private List<ServiceSlot> shownSlots = List.of();
    private final ProviderColumns providerColumns;
    /** Parts of the view around the tables still to join the scene, one a pulse, before the tables do. */
    private final java.util.ArrayDeque<Runnable> partsBefore = new java.util.ArrayDeque<>();
    private final Region bottomSpacer = new Region();
    private ScrollBar sideways;
    private final HBox root;
    private boolean syncing;
    private boolean adjusting;
    private boolean scrollSynced;

    MatrixTables(ResponsibilityViewModel model, ObservableDoubleValue availableWidth) {
        this.model = model;
        this.availableWidth = availableWidth;
        this.providerColumns = new ProviderColumns(model);
        feed = new RowFeed(model.rows());
        // The tables join the scene in a pulse of the build.
        root = new HBox();
        root.getStyleClass().add("matrix-tables");
        feed.building().addListener((obs, o, n) -> root.pseudoClassStateChanged(BUILDING, n));
        root.pseudoClassStateChanged(BUILDING, true);
    }

    /**
     * The tables, their frozen columns and the sideways bar: the first tables of a run cost tens
     * of milliseconds to make (their classes load), which the click into the step no longer pays.
     */
    private void make() {
        fixed = new TableView<>();
        table = new TableView<>();
        sideways = new ScrollBar();
        fixed.setId("matrix-fixed");
        table.setId("matrix-table");
        fixed.getStyleClass().add("matrix-fixed");
        table.getStyleClass().add("matrix-services");
        for (TableView<Control> t : List.of(fixed, table)) {
            t.setItems(feed.items());
            t.setFixedCellSize(ROW_HEIGHT);
            t.setPlaceholder(new Label(I18n.t("matrix.empty")));
            // Small enough that the sideways bar below always keeps its place in a short window.
            t.setMinHeight(ROW_HEIGHT * 3);
        }
        TableColumn<Control, String> id = new TableColumn<>(I18n.t("matrix.column.control"));
        id.setId("matrix-control");
        id.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().id()));
        id.setPrefWidth(80);
        id.setSortable(false);
        id.setReorderable(false);
        TableColumn<Control, String> title = new TableColumn<>(I18n.t("matrix.column.title"));
        title.setId("matrix-title");
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        title.setCellFactory(c -> new DirectedTitleCell());
        // A quarter of the step's width, within reason: at 1024 px the service columns keep the rest.
        title.prefWidthProperty().bind(Bindings.max(150, Bindings.min(320, Bindings.multiply(availableWidth, 0.2))));
        title.setSortable(false);
        title.setReorderable(false);
        fixed.getColumns().setAll(List.of(id, title));
        fixed.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        var width = id.widthProperty().add(title.widthProperty()).add(4);
        fixed.prefWidthProperty().bind(width);
        fixed.minWidthProperty().bind(width);
        fixed.maxWidthProperty().bind(width);

        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getFocusModel().focusedCellProperty().addListener((obs, o, n) -> focused());
        fixed.getSelectionModel().selectedIndexProperty().addListener((obs, o, n) -> fixedSelected(n.intValue()));
        model.shownServices().addListener((ListChangeListener<Service>) c -> showColumns());
        sideways.setId("matrix-sideways");
        sideways.setOrientation(Orientation.HORIZONTAL);
        sideways.setUnitIncrement(1);
        sideways.setMinHeight(Region.USE_PREF_SIZE);
        sideways.valueProperty().addListener((obs, o, n) -> showColumns());
        table.widthProperty().addListener((obs, o, n) -> showColumns());
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyAtEdge);
        table.addEventFilter(ScrollEvent.SCROLL, e -> {
            double dx = e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
            if (dx != 0) {
                sideways.setValue(Math.max(0, Math.min(sideways.getMax(), sideways.getValue() - Math.signum(dx))));
                e.consume();
            }
        });

        left = new VBox(fixed, bottomSpacer);
        VBox.setVgrow(fixed, Priority.ALWAYS);
        bottomSpacer.minHeightProperty().bind(sideways.heightProperty());
        right = new VBox(table, sideways);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        table.skinProperty().addListener((obs, o, n) -> syncWhenBothSkinned());
        fixed.skinProperty().addListener((obs, o, n) -> syncWhenBothSkinned());
    }

    Node root() {
        return root;
    }

    /** True until the first build has given the tables every row. */
    boolean isBuilding() {
        return feed.building().get();
    }

    /** Starts (or goes on with) the first build, one part a pulse. */
    void startBuild() {
        build.start();
    }

    /** The matrix behind the cells changed: the cells ask again, the columns stay. */
    void refresh() {
        if (feed.building().get()) {
            build.start();
        }
        showColumns();
        // The names may carry another variant; the cells on screen ask their column again.
        // TableView.refresh() would throw every cell away and build and style new ones (two thirds
        // of a revisit after a variant choice).
        for (ServiceSlot slot : shownSlots) {
            slot.name(slot.service());
            slot.updateCells();
        }
    }

    /**
     * Parts of the view that the first build puts in the scene one a pulse before the tables
     * (the filters, the legend, "Why this cell"): shown with the tables in one pulse, their
     * styling alone held the window for tens of milliseconds on top of the click.
     */
    void buildFirst(List<Runnable> parts) {
        partsBefore.addAll(parts);
    }

    /**
     * One part of the first build a pulse: the tables made, each table's skin (made out of the
     * scene, a pulse each: the first skins of a run load their classes), the parts around, the
     * tables in the scene, their service columns, their rows.
     */
    private void buildStep() {
        if (table == null) {
            make();
        } else if (fixed.getSkin() == null) {
            fixed.setSkin(new TableViewSkin<>(fixed));
        } else if (table.getSkin() == null) {
            table.setSkin(new TableViewSkin<>(table));
        } else if (!partsBefore.isEmpty()) {
            partsBefore.poll().run();
        } else if (root.getChildren().isEmpty()) {
            root.getChildren().setAll(left, right);
        } else if (columnLimit < fit()) {
            columnLimit += COLUMNS_PER_PULSE;
            showColumns();
        } else if (feed.next()) {
            build.stop();
            columnLimit = Integer.MAX_VALUE;
            showColumns();
        }
    }

    /** How many whole service columns the table has room for. */
    private int fit() {
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - 16;
        return Math.max(1, (int) Math.floor(room / SERVICE_WIDTH));
    }

    private void showColumns() {
        if (adjusting || table == null) {
            return;
        }
        List<Service> all = model.shownServices();
        int fit = Math.min(fit(), Math.max(1, all.size()));
        int shown = Math.min(fit, columnLimit);
        int maxFirst = Math.max(0, all.size() - fit);
        int first = (int) Math.round(Math.min(Math.max(0, sideways.getValue()), maxFirst));
        adjusting = true;
        try {
            sideways.setMax(maxFirst);
            sideways.setVisibleAmount(maxFirst == 0 ? 1 : Math.max(1, maxFirst * fit / (double) all.size()));
            sideways.setBlockIncrement(fit);
            sideways.setValue(first);
            sideways.setDisable(maxFirst == 0);
        } finally {
            adjusting = false;
        }
        List<Service> window = all.subList(first, Math.min(all.size(), first + shown));
        var pos = table.getFocusModel().getFocusedCell();
        String keep = pos == null || pos.getTableColumn() == null ? null : pos.getTableColumn().getId();
        int row = pos == null ? -1 : pos.getRow();
        Map<Service, ServiceSlot> slotOf = slotsFor(window);
        List<ServiceSlot> nextSlots = window.stream().map(slotOf::get).toList();
        for (Service s : window) {
            slotOf.get(s).show(s);
        }
        shownSlots = nextSlots;
        List<TableColumn<Control, ?>> wanted = nextSlots.stream().<TableColumn<Control, ?>>map(c -> c.column()).toList();
        boolean sameLeaves = wanted.equals(table.getVisibleLeafColumns());
        List<TableColumn<Control, ?>> top = providerColumns.arrange(window, s -> slotOf.get(s).column());
        if (!sameLeaves || !top.equals(table.getColumns())) {
            table.getColumns().setAll(top);
        }
        // The focus stays on its service while that is in the window, in whichever slot shows it now.
        // Out of the window, the focus stays in its slot and "Why this cell" follows what it shows.
        TableColumn<Control, ?> now = wanted.stream().filter(c -> c.getId().equals(keep)).findFirst().orElse(null);
        if (row < 0 || keep == null) {
            return;
        }
        if (now != null && now != pos.getTableColumn()) {
            table.getSelectionModel().clearAndSelect(row, now);
            table.getFocusModel().focus(row, now);
        } else if (now == null && wanted.contains(pos.getTableColumn())) {
            focused();
        }
    }

    /** The slot for each service of the window: its provider's slots in order, made as needed. */
    private Map<Service, ServiceSlot> slotsFor(List<Service> window) {
        Map<String, Integer> used = new HashMap<>();
        Map<Service, ServiceSlot> slotOf = new java.util.IdentityHashMap<>();
        for (Service s : window) {
            var provider = model.providerOf(s);
            String key = provider == null ? "" : provider.id();
            int at = used.merge(key, 1, Integer::sum) - 1;
            List<ServiceSlot> own = slots.computeIfAbsent(key, k -> new java.util.ArrayList<>());
            while (own.size() <= at) {
                own.add(new ServiceSlot(model, SERVICE_WIDTH));
            }
            slotOf.put(s, own.get(at));
        }
        return slotOf;
    }

    /** Left and Right at the edge of the columns shown move the window one service further. */
    private void keyAtEdge(KeyEvent e) {
        var pos = table.getFocusModel().getFocusedCell();
        if (pos == null || pos.getTableColumn() == null || pos.getRow() < 0) {
            return;
        }
        List<TableColumn<Control, ?>> leaves = table.getVisibleLeafColumns();
        int at = leaves.indexOf(pos.getTableColumn());
        int step = e.getCode() == KeyCode.RIGHT && at == leaves.size() - 1 ? 1
                : e.getCode() == KeyCode.LEFT && at == 0 ? -1 : 0;
        double next = sideways.getValue() + step;
        if (step == 0 || next < 0 || next > sideways.getMax()) {
            return;
        }
        int row = pos.getRow();
        sideways.setValue(next);
        leaves = table.getVisibleLeafColumns();
        TableColumn<Control, ?> col = leaves.get(step > 0 ? leaves.size() - 1 : 0);
        table.getSelectionModel().clearAndSelect(row, col);
        table.getFocusModel().focus(row, col);
        e.consume();
    }

    private void focused() {
        var pos = table.getFocusModel().getFocusedCell();
        if (pos == null || pos.getTableColumn() == null || pos.getRow() < 0 || pos.getRow() >= table.getItems().size()) {
            return;
        }
        syncing = true;
        try {
            fixed.getSelectionModel().clearAndSelect(pos.getRow());
        } finally {
            syncing = false;
        }
        model.select(table.getItems().get(pos.getRow()).id(), pos.getTableColumn().getId());
    }

    /** A click on a control selects its first cell, so the reason panel has something to say. */
    private void fixedSelected(int row) {
        if (syncing || row < 0 || table.getVisibleLeafColumns().isEmpty()) {
            return;
        }
        TableColumn<Control, ?> first = table.getVisibleLeafColumns().get(0);
        table.getSelectionModel().clearAndSelect(row, first);
        table.getFocusModel().focus(row, first);
    }

    private void syncWhenBothSkinned() {
        if (fixed.getSkin() == null || table.getSkin() == null) {
            return;
        }
        if (!(fixed.lookup(".virtual-flow") instanceof VirtualFlow<?> left)
                || !(table.lookup(".virtual-flow") instanceof VirtualFlow<?> right)) {
            javafx.application.Platform.runLater(this::syncWhenBothSkinned);
            return;
        }
        if (scrollSynced) {
            return;
        }
        scrollSynced = true;
        // The spacer under the left table keeps both viewports equally high: one position, the same rows.
        left.positionProperty().bindBidirectional(right.positionProperty());
        Region leftHeader = (Region) fixed.lookup(".column-header-background");
        Region rightHeader = (Region) table.lookup(".column-header-background");
        if (leftHeader != null && rightHeader != null) {
            // Each table starts its rows at its header's preferred height. The right header's drawn
            // height is that value rounded up to a pixel: copied to the left, it put the left rows a
            // pixel lower whenever the wrapped service names gave a fractional height.
            Runnable same = () -> leftHeader.setPrefHeight(rightHeader.prefHeight(-1));
            rightHeader.heightProperty().addListener((obs, o, n) -> same.run());
            same.run();
        }
    }
}
