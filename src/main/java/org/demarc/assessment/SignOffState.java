package org.demarc.assessment;

import org.demarc.model.Assessment;

/** Where an assessment stands with its sign-off, as a portfolio lists it. */
public enum SignOffState {
    DRAFT, SIGNED_OFF,
    /** Signed off, but the content is no longer what was signed (changed outside Demarc). */
    EDITED_AFTER_SIGN_OFF;

    public static SignOffState of(Assessment a) {
        if (!a.isSignedOff()) {
            return DRAFT;
        }
        return SignOffs.isVoid(a) ? EDITED_AFTER_SIGN_OFF : SIGNED_OFF;
    }
}
