package org.demarc.assessment.merge;

import java.util.Objects;

/**
 * One field both sides changed, each in its own way: {@code where} is a control id, or
 * {@code engagement}, {@code scope} or {@code signatories}; {@code field} names the field (or the
 * service or signatory); the values are as a person reads them.
 */
public record MergeConflict(String where, String field, String ours, String theirs) {
    public MergeConflict {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(theirs, "theirs");
    }
}
