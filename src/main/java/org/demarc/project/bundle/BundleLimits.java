package org.demarc.project.bundle;

import org.demarc.assessment.EvidenceCheck;
import org.demarc.assessment.EvidenceReferences;
import org.demarc.io.JsonLimits;

/**
 * What a bundle may hold before it is refused as a zip bomb: entries, bytes per entry (the evidence
 * limit), bytes in all (the evidence budget of an export plus the project file), and how far an
 * entry larger than {@code ratioFloor} may inflate.
 */
public record BundleLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, long maxRatio, long ratioFloor) {
    public static final BundleLimits STANDARD = new BundleLimits(10_000, EvidenceReferences.MAX_EVIDENCE_BYTES,
            EvidenceCheck.MAX_TOTAL_BYTES + JsonLimits.MAX_FILE_BYTES, 200, 1L << 20);
}
