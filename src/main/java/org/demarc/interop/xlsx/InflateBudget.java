package org.demarc.interop.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;

/**
 * The whole package's inflated size, counted by inflating it (never trusting the sizes the zip
 * claims) and stopped at the budget. POI's checks are per part: twelve parts just under the
 * per-part limit would still need gigabytes.
 */
final class InflateBudget {
    /** Far above any questionnaire Demarc writes (the large fixture's: under 1 MB inflated). */
    static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;

    private InflateBudget() {
    }

    static void check(byte[] zip) throws InvalidFileException {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new InvalidFileException(Problem.error("", "workbook.tooManyParts", MAX_ENTRIES));
                }
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    total += n;
                    if (total > MAX_TOTAL_BYTES) {
                        throw new InvalidFileException(Problem.error("", "workbook.inflatesTooMuch",
                                MAX_TOTAL_BYTES / (1024 * 1024)));
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // Not a readable zip: POI says so with its own words next.
        }
    }
}
