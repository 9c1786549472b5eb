package org.demarc.assessment.merge;

import java.time.Instant;
import java.util.Objects;

/**
 * How to merge: the side that wins conflicts ({@code null}: none, conflicts stop the merge), whether
 * a signed-off side may be reopened, who merges when, and the names of the three files as the user
 * knows them (for refusals and the history).
 */
public record MergeOptions(MergeSide prefer, boolean reopen, Instant at, String actor, String oursName,
                           String theirsName, String baseName) {
    public MergeOptions {
        Objects.requireNonNull(at, "at");
        actor = actor == null ? "" : actor;
        Objects.requireNonNull(oursName, "oursName");
        Objects.requireNonNull(theirsName, "theirsName");
        baseName = baseName == null ? "" : baseName;
    }
}
