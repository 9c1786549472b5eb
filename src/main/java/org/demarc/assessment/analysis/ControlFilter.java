package org.demarc.assessment.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Control;

/**
 * Which controls of the work list to show: words searched in the id, title, question, guidance and
 * the answer's finding, plus any combination of domain, status, owner, gap, evidence, flag and parked.
 * Every criterion left empty (null, blank or false) lets every control through.
 *
 * @param text       words that must all occur (case-insensitive) in the control's text or finding
 * @param domainId   only this domain; null for every domain
 * @param status     only answers with this status; null for any
 * @param owner      only answers whose owner or remediation owner is this (ignoring case); null for any
 * @param unanswered only controls without a complete answer
 * @param gap        only gaps (partial or not implemented), as the review and the report count them
 * @param noEvidence only controls without evidence (files, or provider evidence when inherited)
 * @param flagged    only controls flagged for review
 * @param parked     only answers parked for later in the workshop
 */
public record ControlFilter(String text, String domainId, AnswerStatus status, String owner,
                            boolean unanswered, boolean gap, boolean noEvidence, boolean flagged, boolean parked) {

    public static final ControlFilter ALL = new ControlFilter("", null, null, null, false, false, false, false,
            false);

    public ControlFilter {
        text = text == null ? "" : text;
        owner = owner == null || owner.isBlank() ? null : owner.strip();
    }

    public ControlFilter withText(String newText) {
        return new ControlFilter(newText, domainId, status, owner, unanswered, gap, noEvidence, flagged, parked);
    }

    public ControlFilter withDomainId(String newDomainId) {
        return new ControlFilter(text, newDomainId, status, owner, unanswered, gap, noEvidence, flagged, parked);
    }

    public ControlFilter withStatus(AnswerStatus newStatus) {
        return new ControlFilter(text, domainId, newStatus, owner, unanswered, gap, noEvidence, flagged, parked);
    }

    public ControlFilter withOwner(String newOwner) {
        return new ControlFilter(text, domainId, status, newOwner, unanswered, gap, noEvidence, flagged, parked);
    }

    public ControlFilter withUnanswered(boolean newUnanswered) {
        return new ControlFilter(text, domainId, status, owner, newUnanswered, gap, noEvidence, flagged, parked);
    }

    public ControlFilter withGap(boolean newGap) {
        return new ControlFilter(text, domainId, status, owner, unanswered, newGap, noEvidence, flagged, parked);
    }

    public ControlFilter withNoEvidence(boolean newNoEvidence) {
        return new ControlFilter(text, domainId, status, owner, unanswered, gap, newNoEvidence, flagged, parked);
    }

    public ControlFilter withFlagged(boolean newFlagged) {
        return new ControlFilter(text, domainId, status, owner, unanswered, gap, noEvidence, newFlagged, parked);
    }

    public ControlFilter withParked(boolean newParked) {
        return new ControlFilter(text, domainId, status, owner, unanswered, gap, noEvidence, flagged, newParked);
    }

    /** True when nothing is filtered out. */
    public boolean isEmpty() {
        return text.isBlank() && ALL.equals(withText(""));
    }

    /** The controls of the work list that match, in work-list order. */
    public List<Control> apply(AssessmentAnalysis an) {
        return an.workList().stream().filter(c -> matches(an, c)).toList();
    }

    public boolean matches(AssessmentAnalysis an, Control c) {
        Answer a = an.assessment().answers().get(c.id());
        return matchesText(c, a)
                && (domainId == null || domainId.equals(c.domainId()))
                && (status == null || a != null && a.status() == status)
                && (owner == null || a != null && (owner.equalsIgnoreCase(a.owner().strip())
                        || owner.equalsIgnoreCase(a.remediation().owner().strip())))
                && (!unanswered || !an.isAnswered(c))
                && (!gap || a != null && !an.isInherited(c) && a.status().isGap())
                && (!noEvidence || !hasEvidence(an, c, a))
                && (!flagged || a != null && a.flagged())
                && (!parked || a != null && a.parked());
    }

    private boolean matchesText(Control c, Answer a) {
        if (text.isBlank()) {
            return true;
        }
        String haystack = String.join("\n", c.id(), c.title(), c.question(), c.guidance(),
                a == null ? "" : a.finding()).toLowerCase(Locale.ROOT);
        for (String word : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasEvidence(AssessmentAnalysis an, Control c, Answer a) {
        return a != null && !(an.isInherited(c) ? a.providerEvidence() : a.evidence()).isEmpty();
    }

    /** The control of the work list whose id is exactly {@code text} (ignoring case and spaces around). */
    public static Optional<Control> byId(AssessmentAnalysis an, String text) {
        String id = text == null ? "" : text.strip();
        return an.workList().stream().filter(c -> c.id().equalsIgnoreCase(id)).findFirst();
    }

    /** Every owner and remediation owner named in the work list's answers, sorted, ignoring case. */
    public static List<String> owners(AssessmentAnalysis an) {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Control c : an.workList()) {
            Answer a = an.assessment().answers().get(c.id());
            if (a != null) {
                for (String name : List.of(a.owner().strip(), a.remediation().owner().strip())) {
                    if (!name.isEmpty()) {
                        names.add(name);
                    }
                }
            }
        }
        return new ArrayList<>(names);
    }
}
