package org.demarc.model;

import java.util.Objects;

/** One service where the answer differs from the control's overall answer. */
public record ServiceException(String serviceId, AnswerStatus status, String note) {
    public ServiceException {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
    }
}
