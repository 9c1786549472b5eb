package org.demarc.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The answer to one control. {@code finding} is what the report shows; {@code comment} holds
 * internal workshop notes that the report never shows. Text fields are never null (empty = none).
 */
public record Answer(AnswerStatus status, String justification, String finding, String comment, String owner,
                     List<EvidenceReference> evidence, List<ProviderEvidence> providerEvidence,
                     Remediation remediation, List<ServiceException> exceptions, boolean flagged,
                     LocalDate lastConfirmed) {

    public static final Remediation NO_REMEDIATION = new Remediation("", "", null);

    public Answer {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(owner, "owner");
        evidence = List.copyOf(evidence);
        providerEvidence = List.copyOf(providerEvidence);
        remediation = remediation == null ? NO_REMEDIATION : remediation;
        // Sorted by service so the file is the same whatever order they were added in.
        exceptions = exceptions.stream()
                .sorted(java.util.Comparator.comparing(ServiceException::serviceId))
                .toList();
    }

    /** A bare answer with just a status, for starting an edit. */
    public static Answer of(AnswerStatus status) {
        return new Answer(status, "", "", "", "", List.of(), List.of(), NO_REMEDIATION, List.of(), false, null);
    }

    // One wither per component, so a new field means one new wither, not a new constructor call everywhere.

    public Answer withStatus(AnswerStatus newStatus) {
        return new Answer(newStatus, justification, finding, comment, owner, evidence, providerEvidence,
                remediation, exceptions, flagged, lastConfirmed);
    }

    public Answer withJustification(String newJustification) {
        return new Answer(status, newJustification, finding, comment, owner, evidence, providerEvidence,
                remediation, exceptions, flagged, lastConfirmed);
    }

    public Answer withFinding(String newFinding) {
        return new Answer(status, justification, newFinding, comment, owner, evidence, providerEvidence,
                remediation, exceptions, flagged, lastConfirmed);
    }

    public Answer withComment(String newComment) {
        return new Answer(status, justification, finding, newComment, owner, evidence, providerEvidence,
                remediation, exceptions, flagged, lastConfirmed);
    }

    public Answer withOwner(String newOwner) {
        return new Answer(status, justification, finding, comment, newOwner, evidence, providerEvidence,
                remediation, exceptions, flagged, lastConfirmed);
    }

    public Answer withEvidence(List<EvidenceReference> newEvidence) {
        return new Answer(status, justification, finding, comment, owner, newEvidence, providerEvidence,
                remediation, exceptions, flagged, lastConfirmed);
    }

    public Answer withProviderEvidence(List<ProviderEvidence> newProviderEvidence) {
        return new Answer(status, justification, finding, comment, owner, evidence, newProviderEvidence,
                remediation, exceptions, flagged, lastConfirmed);
    }

    public Answer withRemediation(Remediation newRemediation) {
        return new Answer(status, justification, finding, comment, owner, evidence, providerEvidence,
                newRemediation, exceptions, flagged, lastConfirmed);
    }

    public Answer withExceptions(List<ServiceException> newExceptions) {
        return new Answer(status, justification, finding, comment, owner, evidence, providerEvidence,
                remediation, newExceptions, flagged, lastConfirmed);
    }

    public Answer withFlagged(boolean newFlagged) {
        return new Answer(status, justification, finding, comment, owner, evidence, providerEvidence,
                remediation, exceptions, newFlagged, lastConfirmed);
    }

    public Answer withLastConfirmed(LocalDate newLastConfirmed) {
        return new Answer(status, justification, finding, comment, owner, evidence, providerEvidence,
                remediation, exceptions, flagged, newLastConfirmed);
    }

    /** True when the status needs a justification and none is given. */
    public boolean missingJustification() {
        return status.requiresJustification() && justification.isBlank();
    }
}
