package org.demarc.model;

import java.time.Instant;
import java.util.Objects;

/** One material event in an assessment's life. */
public record HistoryEvent(Instant at, HistoryKind kind, String actor, String detail) {
    public HistoryEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(detail, "detail");
    }
}
