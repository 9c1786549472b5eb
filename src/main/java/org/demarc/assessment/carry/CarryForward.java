package org.demarc.assessment.carry;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

import org.demarc.model.Answer;
import org.demarc.model.Assessment;
import org.demarc.model.Engagement;
import org.demarc.model.EvidenceReference;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.model.Messages;
import org.demarc.assessment.ContentFingerprint;
import org.demarc.assessment.EvidenceReferences;

/**
 * Next year's assessment from last year's: engagement (without dates), catalog snapshot, scope,
 * answers and evidence references are carried forward. Every carried answer is flagged for review
 * and keeps the date it was last confirmed, so nothing looks confirmed this year until someone
 * confirms it. The sign-off is cleared, and the history starts anew with where it came from.
 */
public final class CarryForward {
    private CarryForward() {
    }

    /**
     * {@code title} replaces the engagement title when not blank. Evidence paths relative to the
     * previous project's folder are re-expressed for the new file ({@code target}; absolute paths
     * while it has none), so they still point at the same files.
     */
    public static Assessment from(Assessment previous, Path previousFile, Path target, String title, Instant at,
                                  String actor) {
        Engagement e = previous.engagement();
        Engagement next = e.withTitle(title == null || title.isBlank() ? e.title() : title.strip())
                .withStartDate(null).withEndDate(null);
        TreeMap<String, Answer> answers = new TreeMap<>();
        previous.answers().forEach((id, a) -> answers.put(id, relocate(a, previousFile, target).withFlagged(true)));
        String signed = previous.isSignedOff()
                ? Messages.get("carry.signedOff", previous.signOff().lockedAt().toString())
                : Messages.get("carry.notSignedOff");
        HistoryEvent origin = new HistoryEvent(at, HistoryKind.CARRIED_FORWARD, actor, Messages.get("carry.history",
                e.title(), previousFile == null ? "" : String.valueOf(previousFile.getFileName()), ContentFingerprint.shortForm(ContentFingerprint.of(previous)), signed,
                answers.size()));
        return new Assessment(next, previous.catalog(), previous.scope(), answers, null, List.of(origin), List.of(),
                previous.variants(), previous.reportProfile());
    }

    private static Answer relocate(Answer a, Path from, Path to) {
        if (a.evidence().isEmpty() || from == null) {
            return a;
        }
        List<EvidenceReference> moved = a.evidence().stream()
                .map(r -> new EvidenceReference(EvidenceReferences.portablePath(to,
                        EvidenceReferences.resolve(from, r.path())), r.sha256(), r.size(), r.description()))
                .toList();
        return a.withEvidence(moved);
    }
}
