package org.demarc.project;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Turns a project document of one schema version into the next version's shape. */
public interface SchemaMigration {
    /** The version this step reads; it produces {@code fromVersion() + 1}. */
    int fromVersion();

    /** Rewrites the document tree in memory; the file on disk is never touched. */
    void migrate(ObjectNode document);
}
