package org.demarc.model;

import java.time.LocalDate;
import java.util.Objects;

/** The action agreed to close a gap; the due date may be null. */
public record Remediation(String action, String owner, LocalDate dueDate) {
    public Remediation {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(owner, "owner");
    }

    public boolean isEmpty() {
        return action.isBlank() && owner.isBlank() && dueDate == null;
    }
}
