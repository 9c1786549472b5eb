package org.demarc.interop.scan;

import java.time.LocalDate;

import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;
import org.demarc.io.ProblemList;

/** What the readers note while streaming: the tool, the clouds seen, the latest date, the count, rows skipped. */
final class ReadTally {
    final ProblemList problems = new ProblemList();
    private final FindingSink sink;
    String tool = "";
    String provider = "";
    private boolean mixedProviders;
    LocalDate latest;
    long findings;

    ReadTally(FindingSink sink) {
        this.sink = sink;
    }

    void take(ScanFinding f, String where) throws InvalidFileException {
        if (++findings > ScanLimits.MAX_FINDINGS) {
            throw new InvalidFileException(Problem.error(where, "scan.tooManyFindings", ScanLimits.MAX_FINDINGS));
        }
        if (!f.provider().isEmpty()) {
            if (provider.isEmpty()) {
                provider = f.provider();
            } else if (!provider.equals(f.provider())) {
                mixedProviders = true;
            }
        }
        if (f.date() != null && (latest == null || f.date().isAfter(latest))) {
            latest = f.date();
        }
        sink.accept(f);
    }

    void toolIfUnknown(String name) {
        if (tool.isEmpty() && name != null && !name.isBlank()) {
            tool = name.strip();
        }
    }

    void skip(String where, String key, Object... args) {
        problems.warning(where, key, args);
    }

    ScanRead result(ScanFormat format, ScanFileInput in) {
        // One scan is one cloud; a file mixing clouds names them all so the provider check refuses it.
        String clouds = mixedProviders ? "mixed" : provider;
        return new ScanRead(format, tool, clouds, in.sha256(), in.size(), latest, findings, problems.warnings());
    }
}
