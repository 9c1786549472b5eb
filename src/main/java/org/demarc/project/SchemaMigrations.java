package org.demarc.project;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The chain of migration steps, one per older schema version. Version 1 is the first published
 * format, so the chain is empty today; a step is added with every schema change.
 */
public final class SchemaMigrations {
    private final List<SchemaMigration> steps;
    private final int current;

    public SchemaMigrations(List<SchemaMigration> steps, int current) {
        this.steps = List.copyOf(steps);
        this.current = current;
        for (int v = 1; v < current; v++) {
            int from = v;
            if (this.steps.stream().noneMatch(s -> s.fromVersion() == from)) {
                throw new IllegalStateException("no migration from schema version " + v);
            }
        }
    }

    public static SchemaMigrations standard() {
        return new SchemaMigrations(List.of(), ProjectFormat.SCHEMA_VERSION);
    }

    public int current() {
        return current;
    }

    /** Brings a document of {@code version} up to the current version, step by step. */
    public void upgrade(ObjectNode document, int version) {
        for (int v = version; v < current; v++) {
            int from = v;
            steps.stream().filter(s -> s.fromVersion() == from).findFirst().orElseThrow().migrate(document);
            document.put("schemaVersion", v + 1);
        }
    }
}
