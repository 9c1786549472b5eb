package org.demarc.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.control.PopupControl;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Menus, context menus, combo-box lists and tooltips are popup windows of their own, outside the
 * root whose font size the zoom and presentation mode set: each takes the font size of the window
 * it opens from as it is shown, so a menu on a projector is as large as the step behind it.
 */
public final class PopupZoom {
    private static boolean installed;

    private PopupZoom() {
    }

    /** Watches every window the application opens; once per application, on the FX thread. */
    public static void install() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    if (w instanceof PopupWindow popup) {
                        follow(popup);
                    }
                }
            }
        });
    }

    private static void follow(PopupWindow popup) {
        Window owner = popup.getOwnerWindow();
        while (owner instanceof PopupWindow parent) {
            owner = parent.getOwnerWindow();
        }
        String size = DialogZoom.fontSize(owner);
        if (size == null) {
            return;
        }
        if (popup instanceof PopupControl control) {
            // The theme gives a tooltip its own size in pixels, which an inherited size would not
            // change; the control's inline style outranks it, and the tooltip's label takes its font.
            String style = control.getStyle() == null ? "" : DialogZoom.withoutFontSize(control.getStyle());
            control.setStyle(style.isBlank() ? size : style + " " + size);
        } else if (popup.getScene() != null) {
            popup.getScene().getRoot().setStyle(size);
        }
    }
}
