package org.demarc.ui.shell;

import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Icons;
import org.demarc.ui.common.Presentation;
import org.demarc.ui.common.UiPreferences;
import org.demarc.ui.common.Zoom;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Presentation mode and zoom: their View menu items, toolbar buttons, the banner shown while
 * presenting, and the root font size they set together. The zoom is remembered in the preferences;
 * presentation mode is not (a window never opens in front of a client with internal fields hidden
 * by surprise, nor shows them by surprise).
 */
final class ViewControls {
    /** Ctrl+Plus is Ctrl+Shift+= on many keyboards, Ctrl+= without Shift is what people press. */
    private static final List<String> MORE_ZOOM_IN = List.of("Shortcut+Equals", "Shortcut+Shift+Equals", "Shortcut+Add");
    private static final List<String> MORE_ZOOM_OUT = List.of("Shortcut+Subtract");
    private static final List<String> MORE_ACTUAL = List.of("Shortcut+Numpad0");

    private final Parent root;
    private final UiPreferences prefs;
    private final Presentation presentation = new Presentation();
    private final Zoom zoom = new Zoom();

    ViewControls(Parent root, UiPreferences prefs) {
        this.root = root;
        this.prefs = prefs;
        presentation.install(root);
        zoom.set(prefs.zoomPercent());
        zoom.percentProperty().addListener((obs, o, n) -> {
            prefs.setZoomPercent(n.intValue());
            prefs.flush();
            applyFontSize();
        });
        presentation.onProperty().addListener((obs, o, n) -> applyFontSize());
        applyFontSize();
    }

    Presentation presentation() {
        return presentation;
    }

    Zoom zoom() {
        return zoom;
    }

    /** The root font size scales every em-sized layout; an inline style outranks the theme's 14px. */
    private void applyFontSize() {
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;",
                Zoom.fontSizePx(zoom.percent(), presentation.isOn())));
    }

    List<MenuItem> menuItems() {
        CheckMenuItem present = new CheckMenuItem(I18n.t("menu.view.present"));
        present.setId("menu-present");
        present.setAccelerator(KeyCombination.keyCombination("F5"));
        present.selectedProperty().bindBidirectional(presentation.onProperty());
        MenuItem zoomIn = MainWindow.item("menu.view.zoomIn", "Shortcut+Plus", zoom::zoomIn);
        zoomIn.setId("menu-zoom-in");
        MenuItem zoomOut = MainWindow.item("menu.view.zoomOut", "Shortcut+Minus", zoom::zoomOut);
        zoomOut.setId("menu-zoom-out");
        MenuItem actual = MainWindow.item("menu.view.actualSize", "Shortcut+0", zoom::reset);
        actual.setId("menu-zoom-actual");
        // The menu names the current size, so the item says what it would change.
        actual.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.t("menu.view.actualSize", zoom.percent()), zoom.percentProperty()));
        return List.of(present, new javafx.scene.control.SeparatorMenuItem(), zoomIn, zoomOut, actual);
    }

    /** The other usual keys of zoom (Ctrl+=, the numeric keypad), which a menu item cannot carry. */
    void installAccelerators(Scene scene) {
        for (String k : MORE_ZOOM_IN) {
            scene.getAccelerators().put(KeyCombination.keyCombination(k), zoom::zoomIn);
        }
        for (String k : MORE_ZOOM_OUT) {
            scene.getAccelerators().put(KeyCombination.keyCombination(k), zoom::zoomOut);
        }
        for (String k : MORE_ACTUAL) {
            scene.getAccelerators().put(KeyCombination.keyCombination(k), zoom::reset);
        }
    }

    ToolBar toolBar() {
        ToggleButton present = new ToggleButton(I18n.t("toolbar.present"), Icons.of(MaterialDesignP.PROJECTOR_SCREEN));
        present.setId("toolbar-present");
        present.selectedProperty().bindBidirectional(presentation.onProperty());
        present.setTooltip(new Tooltip(I18n.t("toolbar.present.tooltip")));
        Button out = new Button(null, Icons.of(MaterialDesignM.MAGNIFY_MINUS_OUTLINE));
        out.setId("toolbar-zoom-out");
        out.setOnAction(e -> zoom.zoomOut());
        out.setTooltip(new Tooltip(I18n.t("toolbar.zoomOut.tooltip")));
        out.setAccessibleText(I18n.t("toolbar.zoomOut.tooltip"));
        Button in = new Button(null, Icons.of(MaterialDesignM.MAGNIFY_PLUS_OUTLINE));
        in.setId("toolbar-zoom-in");
        in.setOnAction(e -> zoom.zoomIn());
        in.setTooltip(new Tooltip(I18n.t("toolbar.zoomIn.tooltip")));
        in.setAccessibleText(I18n.t("toolbar.zoomIn.tooltip"));
        Label percent = zoomLabel();
        for (ButtonBase b : List.of(present, out, in)) {
            // A click must leave the focus where it was: the questions step's keys work only there.
            b.setFocusTraversable(false);
        }
        ToolBar bar = new ToolBar(present, new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL), out, percent, in);
        bar.setId("toolbar");
        return bar;
    }

    private Label zoomLabel() {
        Label percent = new Label();
        percent.setId("zoom-percent");
        percent.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.t("toolbar.zoom", zoom.percent()), zoom.percentProperty()));
        return percent;
    }

    /** Says, while presenting, that fields are hidden and how to show them again. */
    Label banner() {
        Label banner = new Label(I18n.t("presentation.banner"));
        banner.setId("presentation-banner");
        banner.getStyleClass().add("presentation-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.visibleProperty().bind(presentation.onProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }
}
