package org.demarc.model;

/** Material events recorded in an assessment's history. */
public enum HistoryKind {
    CREATED,
    SCOPE_CHANGED,
    SIGNED_OFF,
    REOPENED,
    IMPORTED,
    MIGRATED,
    CARRIED_FORWARD
}
