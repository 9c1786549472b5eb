package org.demarc.assessment.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The three-way rule for one value, with the conflicts and silent changes it found. A value both
 * sides agree on stays; a value only one side changed from the base takes that change; a value both
 * changed differently (or, without a base, any difference) is a conflict, resolved by the preferred
 * side, or ours when there is none (the caller then writes nothing).
 */
final class ThreeWay {
    private final boolean hasBase;
    private final MergeSide prefer;
    private final Function<MergeConflict, Settlement> settle;
    private final List<MergeConflict> conflicts = new ArrayList<>();
    /** The conflicts in text fields, with our whole text (the listing shortens it). */
    private final Map<MergeConflict, String> oursText = new LinkedHashMap<>();
    private int fromTheirs;
    private int chosenTheirs;
    private int typed;

    /** {@code settle}: how each conflict was settled one by one (unless a side is preferred for all). */
    ThreeWay(boolean hasBase, MergeSide prefer, Function<MergeConflict, Settlement> settle) {
        this.hasBase = hasBase;
        this.prefer = prefer;
        this.settle = settle;
    }

    /** A free-text field: a conflict here may be settled with a value typed by hand. */
    String text(String where, String field, String base, String ours, String theirs) {
        int before = conflicts.size();
        String picked = pick(where, field, base, ours, theirs, MergeText::value);
        if (conflicts.size() == before) {
            return picked;
        }
        MergeConflict conflict = conflicts.get(before);
        oursText.put(conflict, ours == null ? "" : ours);
        Settlement s = prefer == MergeSide.THEIRS ? Settlement.THEIRS : settle.apply(conflict);
        if (s.isTyped()) {
            typed++;
            return s.typed();
        }
        return picked;
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
        if (settle.apply(conflict).side() == MergeSide.THEIRS) {
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

    /** Conflicts settled with a value typed by hand. */
    int typed() {
        return typed;
    }

    Map<MergeConflict, String> oursText() {
        return Map.copyOf(oursText);
    }

    int fromTheirs() {
        return fromTheirs;
    }
}
