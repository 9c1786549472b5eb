package org.demarc.interop.scan;

import java.io.IOException;
import java.io.PushbackInputStream;
import java.nio.file.Path;

import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;

/**
 * Reads a scanner's output file in one pass, whatever its format (told by its content), handing
 * each finding to the sink. Fails with located problems on a file it cannot use; never modifies it.
 */
public final class ScanReader {
    private static final int HEAD = 4096;

    private ScanReader() {
    }

    public static ScanRead read(Path file, FindingSink sink) throws IOException, InvalidFileException {
        try (ScanFileInput raw = ScanFileInput.open(file)) {
            PushbackInputStream in = new PushbackInputStream(raw, HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.unread(head);
            ScanFormat format = ScanFormat.detect(head, head.length);
            if (format == null) {
                throw new InvalidFileException(Problem.error("", "scan.unknownFormat"));
            }
            ReadTally tally = new ReadTally(sink);
            try {
                switch (format) {
                    case PROWLER_CSV -> ProwlerCsvReader.read(in, tally);
                    case OCSF_JSON -> OcsfReader.read(in, tally);
                    case ASFF_JSON -> AsffReader.read(in, tally);
                    default -> throw new IllegalStateException(format.name());
                }
            } catch (ScanFileInput.ScanTooLargeException e) {
                throw new InvalidFileException(Problem.error("", "json.tooLarge", raw.size(),
                        ScanLimits.MAX_FILE_BYTES));
            }
            raw.drain();
            if (tally.findings == 0 && tally.problems.warnings().isEmpty()) {
                throw new InvalidFileException(Problem.error("", "scan.noFindings"));
            }
            return tally.result(format, raw);
        }
    }
}
