package org.demarc.ui.session;

import java.util.ArrayDeque;
import java.util.Deque;

import org.demarc.model.Assessment;

/**
 * Undo and redo over whole assessment values (they are immutable, so a snapshot costs a pointer).
 * Edits with the same key in quick succession, such as the keystrokes of one text field, merge
 * into one step.
 */
final class UndoHistory {
    static final int LIMIT = 500;
    static final long COALESCE_MILLIS = 1500;

    private final Deque<Assessment> undo = new ArrayDeque<>();
    private final Deque<Assessment> redo = new ArrayDeque<>();
    private String lastKey;
    private long lastAt;

    /** Records {@code before} as the state an undo returns to, unless it merges with the last edit. */
    void recordEdit(Assessment before, String key, long nowMillis) {
        boolean merge = key != null && key.equals(lastKey) && nowMillis - lastAt < COALESCE_MILLIS && !undo.isEmpty();
        if (!merge) {
            undo.push(before);
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        redo.clear();
        lastKey = key;
        lastAt = nowMillis;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    Assessment undo(Assessment current) {
        redo.push(current);
        lastKey = null;
        return undo.pop();
    }

    Assessment redo(Assessment current) {
        undo.push(current);
        lastKey = null;
        return redo.pop();
    }

    /** Changes every state undo or redo can return to, for a record that no undo may take back. */
    void changeEveryState(java.util.function.UnaryOperator<Assessment> change) {
        java.util.List<Assessment> u = undo.stream().map(change).toList();
        java.util.List<Assessment> r = redo.stream().map(change).toList();
        undo.clear();
        undo.addAll(u);
        redo.clear();
        redo.addAll(r);
    }

    void clear() {
        undo.clear();
        redo.clear();
        lastKey = null;
    }
}
