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
 * Records a scan on the assessment in one step. Every answered control the scan touches gets the
 * scan as evidence (its per-control summary, with the file's SHA-256, size and date), accepted or
 * not; only an accepted suggestion sets the control's status to the one suggested, and an accepted
 * suggestion on a control without an answer answers it. Nothing else changes: no finding, no
 * remediation. Importing the same scan again replaces its earlier evidence instead of adding a
 * second copy; {@code internal} marks the evidence as the team's only (left out of the client report).
 */
public final class ScanImport {
    private ScanImport() {
    }

    /**
     * What was recorded: evidence attached, statuses taken from accepted suggestions (answers
     * created among them), suggestions rejected, and controls left out for want of an answer.
     */
    public record Outcome(Assessment assessment, int attached, int statusesTaken, int answered, int rejected,
                          int unanswered) {
    }

    /** {@code scanFile} is the path as the project records it (see {@code EvidenceReferences.portablePath}). */
    public static Outcome apply(Assessment a, ScanSuggestions s, Set<String> accepted, String scanFile,
                                boolean internal, Instant at, String actor) {
        Assessment result = a;
        int attached = 0;
        int taken = 0;
        int answered = 0;
        int rejected = 0;
        int unanswered = 0;
        for (ControlSuggestion c : s.suggestions()) {
            Answer answer = result.answers().get(c.controlId());
            if (!accepted.contains(c.controlId())) {
                rejected++;
            }
            // Accepting a suggestion of manual checks only records the evidence: there is no status to take.
            boolean accept = accepted.contains(c.controlId()) && c.suggested() != null;
            if (answer == null && !accept) {
                unanswered++;
                continue;
            }
            if (answer == null) {
                answer = Answer.of(c.suggested());
                answered++;
            }
            if (accept && answer.status() != c.suggested()) {
                answer = answer.withStatus(c.suggested());
                taken++;
            }
            result = result.withAnswer(c.controlId(), answer.withScanEvidence(
                    merged(answer.scanEvidence(), evidence(s.read(), c, scanFile, internal))));
            attached++;
        }
        if (attached > 0) {
            result = result.withEvent(new HistoryEvent(at, HistoryKind.IMPORTED, actor,
                    Messages.get("scan.history", s.read().tool(), s.read().sha256().substring(0, 12), attached,
                            taken, rejected)));
        }
        return new Outcome(result, attached, taken, answered, rejected, unanswered);
    }

    /** The tool as evidence names it: the one the file names, else its format. */
    static String toolName(ScanRead read) {
        return read.tool().isBlank() ? read.format().title() : read.tool();
    }

    static ScanEvidence evidence(ScanRead read, ControlSuggestion c, String scanFile, boolean internal) {
        return new ScanEvidence(toolName(read), scanFile, read.sha256(), read.size(), read.scanDate(), c.passed(),
                c.failed(), c.manual(), c.severity().key(), c.checks(), c.failingResources(), internal);
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
