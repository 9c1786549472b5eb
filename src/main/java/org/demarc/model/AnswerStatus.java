package org.demarc.model;

/** The state of the customer's side of a control, as agreed in the workshop. */
public enum AnswerStatus {
    IMPLEMENTED,
    PARTIAL,
    NOT_IMPLEMENTED,
    /** Needs a justification. */
    NOT_APPLICABLE,
    /** A compensating control; needs a justification. */
    ALTERNATIVE,
    /** Provider-only control, acknowledged with the provider evidence relied on. */
    INHERITED;

    public boolean requiresJustification() {
        return this == NOT_APPLICABLE || this == ALTERNATIVE;
    }

    /** A gap is something the customer still has to fix. */
    public boolean isGap() {
        return this == PARTIAL || this == NOT_IMPLEMENTED;
    }
}
