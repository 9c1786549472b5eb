package org.demarc.io;

/** Limits applied to every file Demarc reads, so a hostile or broken file cannot exhaust memory. */
public final class JsonLimits {
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    public static final int MAX_TEXT_CHARS = 1_000_000;
    public static final int MAX_DEPTH = 64;
    /** Services, controls, answers and the like. */
    public static final int MAX_ENTRIES = 10_000;
    /** Lists inside one entry: evidence, assessors, mappings, overrides. */
    public static final int MAX_ITEMS = 1_000;

    private JsonLimits() {
    }
}
