package org.demarc.ui.wizard.questions;

/** Which questions the list shows. */
public enum QuestionFilter {
    ALL,
    UNANSWERED,
    FLAGGED,
    PARKED
}
