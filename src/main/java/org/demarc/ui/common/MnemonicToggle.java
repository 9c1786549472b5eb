package org.demarc.ui.common;

import javafx.event.ActionEvent;
import javafx.scene.control.CheckBox;

/**
 * Makes a check box's Alt key tick it. JavaFX answers a mnemonic by sending the control an action
 * event, which a button acts on but a check box does not (a click toggles first, then sends the
 * event). So an action that arrives without a toggle before it came from the Alt key, and toggles.
 */
public final class MnemonicToggle {
    private MnemonicToggle() {
    }

    public static CheckBox on(CheckBox box) {
        box.setMnemonicParsing(true);
        boolean[] toggled = {false};
        box.selectedProperty().addListener((obs, was, now) -> toggled[0] = true);
        box.addEventHandler(ActionEvent.ACTION, e -> {
            if (!toggled[0] && !box.isDisabled()) {
                box.setSelected(!box.isSelected());
            }
            toggled[0] = false;
        });
        return box;
    }
}
