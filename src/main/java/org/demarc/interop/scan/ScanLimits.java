package org.demarc.interop.scan;

/**
 * Limits for scanner files. Scans are far larger than Demarc's own files (tens of thousands of
 * findings, some 3 KB each), so they are streamed rather than held, and bounded per record too:
 * a hostile file can make the reader neither hold nor compute more than these allow.
 */
public final class ScanLimits {
    /** A 50,000-finding OCSF file is about 160 MB. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024 * 1024;
    public static final int MAX_FINDINGS = 2_000_000;
    /** Characters of one CSV cell or one JSON text. */
    public static final int MAX_TEXT_CHARS = 200_000;
    /** Characters of one CSV record (a quoted cell may span lines). */
    public static final int MAX_RECORD_CHARS = 1_000_000;
    public static final int MAX_CSV_COLUMNS = 200;
    /** JSON tokens of one finding (a Prowler OCSF finding has about 150). */
    public static final int MAX_FINDING_TOKENS = 50_000;
    public static final int MAX_DEPTH = 32;
    /** Kept per control: failing resources and check ids the report lists. */
    public static final int MAX_RESOURCES_KEPT = 25;
    public static final int MAX_CHECKS_KEPT = 100;
    /** Distinct unmapped checks listed in the preview. */
    public static final int MAX_UNMAPPED_KEPT = 500;

    private ScanLimits() {
    }
}
