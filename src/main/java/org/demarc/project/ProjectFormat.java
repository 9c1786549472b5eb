package org.demarc.project;

/** The header and extension of project files. */
public final class ProjectFormat {
    public static final String FORMAT = "demarc-assessment";
    /** The version this program writes; older ones are migrated on load. */
    public static final int SCHEMA_VERSION = 1;
    public static final String EXTENSION = ".demarc";
    public static final String BACKUP_SUFFIX = ".bak";

    private ProjectFormat() {
    }
}
