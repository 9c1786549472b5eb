package org.demarc.ui.interop;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.demarc.ui.common.DialogZoom;
import org.demarc.ui.common.I18n;

/**
 * A resizable review before a bulk change (import, scan, merge): the content, the button that
 * applies it and Cancel, following the window's zoom. Nothing changes unless the apply button is pressed.
 */
final class ReviewDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType apply;

    /** The sizes: a dialog sizes itself to its content's preferred size, which a table or list underestimates. */
    ReviewDialog(Window owner, String title, String applyLabel, Node content, double minWidth, double minHeight,
                 double prefWidth, double prefHeight) {
        if (owner != null) {
            dialog.initOwner(owner);
            DialogZoom.follow(dialog, owner);
        }
        dialog.setTitle(title);
        dialog.setResizable(true);
        apply = new ButtonType(applyLabel, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(apply, new ButtonType(I18n.t("dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setMinSize(minWidth, minHeight);
        dialog.getDialogPane().setPrefSize(prefWidth, prefHeight);
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    Node applyButton() {
        return dialog.getDialogPane().lookupButton(apply);
    }

    /** Shows the dialog and waits; true when the apply button was pressed. */
    boolean showAndWait() {
        return dialog.showAndWait().filter(b -> b == apply).isPresent();
    }
}
