package org.demarc.ui.wizard.questions;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ObservableList;

/** Copies of immutable answer lists with one item more or less, and list syncing without churn. */
final class ListEdits {
    private ListEdits() {
    }

    static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    static <T> List<T> without(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        if (index >= 0 && index < copy.size()) {
            copy.remove(index);
        }
        return copy;
    }

    /** Replaces the items only when they differ, so a keystroke elsewhere does not reset a list's selection. */
    static <T> void sync(ObservableList<T> shown, List<T> items) {
        if (!shown.equals(items)) {
            shown.setAll(items);
        }
    }
}
