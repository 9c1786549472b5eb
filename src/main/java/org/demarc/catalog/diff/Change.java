package org.demarc.catalog.diff;

import java.util.List;
import java.util.Objects;

/**
 * An entry (service or control) present in both catalogs whose content differs, with the names of
 * the file members that changed (such as {@code question} or {@code overrides}).
 */
public record Change<T>(String id, T before, T after, List<String> members) {
    public Change {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        members = List.copyOf(members);
    }
}
