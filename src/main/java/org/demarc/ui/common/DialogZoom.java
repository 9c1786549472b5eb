package org.demarc.ui.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * A dialog is a window of its own, outside the root whose font size the zoom and presentation
 * mode set: its pane takes the owner window's root font size, so a message read on a projector is
 * as large as the step behind it. Sizes in em inside the dialog follow.
 */
public final class DialogZoom {
    private static final Pattern FONT_SIZE = Pattern.compile("-fx-font-size:\\s*[0-9.]+px;");

    private DialogZoom() {
    }

    public static <T extends Dialog<?>> T follow(T dialog, Window owner) {
        String size = fontSize(owner);
        if (size != null) {
            dialog.getDialogPane().setStyle(size);
        }
        return dialog;
    }

    /** {@code style} without its {@code -fx-font-size}. */
    static String withoutFontSize(String style) {
        return FONT_SIZE.matcher(style).replaceAll("").trim();
    }

    /** The {@code -fx-font-size} the zoom set on {@code owner}'s root, as a style; null when none. */
    static String fontSize(Window owner) {
        if (owner != null && owner.getScene() != null && owner.getScene().getRoot().getStyle() != null) {
            Matcher m = FONT_SIZE.matcher(owner.getScene().getRoot().getStyle());
            if (m.find()) {
                return m.group();
            }
        }
        return null;
    }
}
