package org.demarc.interop.scan;

import java.time.LocalDate;
import java.util.List;

import org.demarc.io.Problem;

/**
 * What reading a scan file gave besides its findings: the format, the tool that wrote it, the
 * cloud it scanned, the file's SHA-256 and size, the scan date (the latest finding's) and the rows
 * skipped with where and why.
 */
public record ScanRead(ScanFormat format, String tool, String provider, String sha256, long size,
                       LocalDate scanDate, long findings, List<Problem> warnings) {
    public ScanRead {
        warnings = List.copyOf(warnings);
    }
}
