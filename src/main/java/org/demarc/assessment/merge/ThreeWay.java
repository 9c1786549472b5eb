package org.demarc.assessment.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The three-way rule for one value, with the conflicts and silent changes it found. A value both
 * sides agree on stays; a value only one side changed from the base takes that change; a value both
 * changed differently (or, without a base, any difference) is a conflict, resolved by the preferred
 * side, or ours when there is none (the caller then writes nothing).
 */
final class ThreeWay {
    private final boolean hasBase;
    private final MergeSide prefer;
    private final Predicate<MergeConflict> takeTheirs;
    private final List<MergeConflict> conflicts = new ArrayList<>();
    private int fromTheirs;
    private int chosenTheirs;

    /** {@code takeTheirs}: the conflicts settled one by one for theirs (the rest go to the preferred side, or ours). */
    ThreeWay(boolean hasBase, MergeSide prefer, Predicate<MergeConflict> takeTheirs) {
        this.hasBase = hasBase;
        this.prefer = prefer;
        this.takeTheirs = takeTheirs;
    }

    /** {@code base} is null where the base lacks the value (or there is no base). */
    <T> T pick(String where, String field, T base, T ours, T theirs, Function<T, String> shown) {
        if (Objects.equals(ours, theirs)) {
            return ours;
        }
        if (hasBase && Objects.equals(base, ours)) {
            fromTheirs++;
            return theirs;
        }
        if (hasBase && Objects.equals(base, theirs)) {
            return ours;
        }
        MergeConflict conflict = new MergeConflict(where, field, shown.apply(ours), shown.apply(theirs));
        conflicts.add(conflict);
        if (prefer == MergeSide.THEIRS) {
            return theirs;
        }
        if (takeTheirs.test(conflict)) {
            chosenTheirs++;
            return theirs;
        }
        return ours;
    }

    <T> T pick(String where, String field, T base, T ours, T theirs) {
        return pick(where, field, base, ours, theirs, MergeText::value);
    }

    List<MergeConflict> conflicts() {
        return List.copyOf(conflicts);
    }

    /** Conflicts settled one by one for theirs. */
    int chosenTheirs() {
        return chosenTheirs;
    }

    int fromTheirs() {
        return fromTheirs;
    }
}
