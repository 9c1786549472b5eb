package org.demarc.model;

/** Material events recorded in an assessment's history. */
public enum HistoryKind {
    CREATED,
    SCOPE_CHANGED,
    SIGNED_OFF,
    REOPENED,
    IMPORTED,
    MIGRATED,
    CARRIED_FORWARD,
    /** Another copy of the assessment was merged into this one. */
    MERGED,
    /** A questionnaire went out; the event records which controls and the key of its row hashes. */
    QUESTIONNAIRE_SENT
}
