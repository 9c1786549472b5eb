package org.demarc.ui.wizard.responsibility;

import javafx.scene.control.TableCell;
import org.demarc.model.Control;
import org.demarc.ui.common.TextDirection;

/** A title cell of the matrix laid out in the direction of its title: a Hebrew title is right-aligned. */
final class DirectedTitleCell extends TableCell<Control, String> {
    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
        TextDirection.orient(this, empty ? null : item);
    }
}
