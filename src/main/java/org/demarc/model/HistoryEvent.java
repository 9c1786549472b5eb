package org.demarc.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One material event in an assessment's life. {@code questionnaire} is set only on a
 * {@link HistoryKind#QUESTIONNAIRE_SENT} event.
 */
public record HistoryEvent(Instant at, HistoryKind kind, String actor, String detail, QuestionnaireSent questionnaire) {
    public HistoryEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(detail, "detail");
    }

    public HistoryEvent(Instant at, HistoryKind kind, String actor, String detail) {
        this(at, kind, actor, detail, null);
    }
}
