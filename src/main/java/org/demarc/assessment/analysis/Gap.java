package org.demarc.assessment.analysis;

import org.demarc.model.Answer;
import org.demarc.model.Control;

/** A control whose customer side is not (fully) implemented, with its priority (weight × severity). */
public record Gap(Control control, Answer answer, int priority) {
}
