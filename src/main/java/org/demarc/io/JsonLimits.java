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

    // What a file can make the program compute, not only its bytes: the matrix is services x
    // controls, so a 20 MB file could otherwise ask for 100 million cells. Each cap is far above
    // any real catalog (the built-in AWS catalog: 69 services, 61 controls, 102 overrides; all of
    // AWS is about 250 services, NIST SP 800-53 about 1,200 controls).
    /** Services in a catalog, and so in a scope. */
    public static final int MAX_SERVICES = 1_000;
    /** Controls in a catalog, and so answers in a project. */
    public static final int MAX_CONTROLS = 2_000;
    /** Matrix cells of a catalog: services x controls. */
    public static final int MAX_CELLS = 200_000;
    /** Service overrides of a catalog, all services together. */
    public static final int MAX_OVERRIDES = 20_000;
    /** Per-service exceptions of a project, all answers together. */
    public static final int MAX_EXCEPTIONS = 20_000;
    /** Evidence entries (files and provider evidence) of a project, all answers together. */
    public static final int MAX_EVIDENCE = 20_000;

    private JsonLimits() {
    }
}
