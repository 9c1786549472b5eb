package org.demarc.interop.scan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.demarc.model.Answer;
import org.demarc.model.Assessment;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.model.Messages;
import org.demarc.model.ScanEvidence;

/**
 * Records the suggestions the auditor accepted as scanner evidence on the answers, in one step.
 * Only evidence is written: no status, finding or remediation changes. A control without an answer
 * is left alone (there is no answer to carry it); importing the same scan again replaces its earlier
 * evidence instead of adding a second copy.
 */
public final class ScanImport {
    private ScanImport() {
    }

    /** What was recorded and what was left. */
    public record Outcome(Assessment assessment, int attached, int rejected, int unanswered) {
    }

    /** {@code scanFile} is the path as the project records it (see {@code EvidenceReferences.portablePath}). */
    public static Outcome apply(Assessment a, ScanSuggestions s, Set<String> accepted, String scanFile,
                                Instant at, String actor) {
        Assessment result = a;
        int attached = 0;
        int rejected = 0;
        int unanswered = 0;
        for (ControlSuggestion c : s.suggestions()) {
            Answer answer = result.answers().get(c.controlId());
            if (!accepted.contains(c.controlId())) {
                rejected++;
            } else if (answer == null) {
                unanswered++;
            } else {
                result = result.withAnswer(c.controlId(), answer.withScanEvidence(
                        merged(answer.scanEvidence(), evidence(s.read(), c, scanFile))));
                attached++;
            }
        }
        if (attached > 0) {
            result = result.withEvent(new HistoryEvent(at, HistoryKind.IMPORTED, actor,
                    Messages.get("scan.history", s.read().tool(), s.read().sha256().substring(0, 12), attached,
                            rejected)));
        }
        return new Outcome(result, attached, rejected, unanswered);
    }

    /** The tool as evidence names it: the one the file names, else its format. */
    static String toolName(ScanRead read) {
        return read.tool().isBlank() ? read.format().title() : read.tool();
    }

    static ScanEvidence evidence(ScanRead read, ControlSuggestion c, String scanFile) {
        return new ScanEvidence(toolName(read), scanFile, read.sha256(), read.size(), read.scanDate(), c.passed(),
                c.failed(), c.manual(), c.severity().key(), c.checks(), c.failingResources());
    }

    private static List<ScanEvidence> merged(List<ScanEvidence> old, ScanEvidence added) {
        List<ScanEvidence> out = new ArrayList<>();
        for (ScanEvidence e : old) {
            if (!e.sha256().equals(added.sha256())) {
                out.add(e);
            }
        }
        out.add(added);
        return out;
    }
}
