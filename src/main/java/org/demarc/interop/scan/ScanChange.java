package org.demarc.interop.scan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.demarc.model.ScanEvidence;

/**
 * What changed on one control since the same tool's previous scan recorded on its answer: the
 * resources failing now that did not fail then, and those that failed then and no longer do.
 * {@code complete} is false when either scan failed on more resources than Demarc keeps per
 * control, so a resource missing from a list may only have been left out.
 */
public record ScanChange(LocalDate previousDate, String previousSha256, int failedBefore, int failedNow,
                         List<String> newlyFailing, List<String> fixed, boolean complete) {
    public ScanChange {
        newlyFailing = List.copyOf(newlyFailing);
        fixed = List.copyOf(fixed);
    }

    public boolean unchanged() {
        return newlyFailing.isEmpty() && fixed.isEmpty() && failedBefore == failedNow;
    }

    /**
     * Compares with the latest evidence of the same tool from another scan file (another hash);
     * empty when this tool never scanned the control before, or only this very file did.
     */
    static Optional<ScanChange> since(List<ScanEvidence> recorded, String tool, String sha256, int failedNow,
                                      List<String> failingNow) {
        Optional<ScanEvidence> previous = recorded.stream()
                .filter(e -> e.tool().equals(tool) && !e.sha256().equals(sha256))
                .max(Comparator.comparing(ScanEvidence::scanDate, Comparator.nullsFirst(Comparator.naturalOrder())));
        return previous.map(p -> new ScanChange(p.scanDate(), p.sha256(), p.failed(), failedNow,
                minus(failingNow, p.failingResources()), minus(p.failingResources(), failingNow),
                p.failed() == p.failingResources().size() && failedNow == failingNow.size()));
    }

    private static List<String> minus(List<String> from, List<String> taken) {
        Set<String> out = new LinkedHashSet<>(from);
        taken.forEach(out::remove);
        return new ArrayList<>(out);
    }
}
