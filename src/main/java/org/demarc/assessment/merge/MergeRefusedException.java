package org.demarc.assessment.merge;

/** Two assessments that must not be merged as they are; the message is ready to show and says what to do. */
public final class MergeRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MergeRefusedException(String message) {
        super(message);
    }
}
