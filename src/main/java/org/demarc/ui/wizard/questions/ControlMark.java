package org.demarc.ui.wizard.questions;

import org.demarc.model.AnswerStatus;

/** What the question list shows of a control: answered or open, its status (null: none) and the flag. */
public record ControlMark(boolean answered, AnswerStatus status, boolean flagged) {
    public static final ControlMark OPEN = new ControlMark(false, null, false);

    public boolean gap() {
        return answered && status.isGap();
    }
}
