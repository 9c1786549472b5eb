package org.demarc.assessment.merge;

import java.util.Objects;

/**
 * How a person settled one conflict: our side, their side, or (for a text field only) the merged
 * value typed by hand, such as a finding that combines both.
 */
public record Settlement(MergeSide side, String typed) {
    public static final Settlement OURS = new Settlement(MergeSide.OURS, null);
    public static final Settlement THEIRS = new Settlement(MergeSide.THEIRS, null);

    public Settlement {
        Objects.requireNonNull(side, "side");
    }

    /** The merged value as typed; the side is ours for a field that cannot take text. */
    public static Settlement typed(String text) {
        return new Settlement(MergeSide.OURS, Objects.requireNonNull(text, "text"));
    }

    public boolean isTyped() {
        return typed != null;
    }
}
