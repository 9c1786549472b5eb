package org.demarc.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The answer to one control. {@code finding} is what the report shows; {@code comment} holds
 * internal workshop notes that the report never shows. {@code confirmedBy} names the workshop
 * attendee who confirmed the answer; {@code parked} marks it for discussion later in the workshop
 * (beside {@code flagged}, for review). {@code scanEvidence} holds the scanner summaries the auditor
 * accepted for this control; it never sets the status. Text fields are never null (empty = none).
 */
public record Answer(AnswerStatus status, String justification, String finding, String comment, String owner,
                     List<EvidenceReference> evidence, List<ProviderEvidence> providerEvidence,
                     Remediation remediation, List<ServiceException> exceptions, boolean flagged,
                     LocalDate lastConfirmed, String confirmedBy, boolean parked,
                     List<ScanEvidence> scanEvidence) {

    public static final Remediation NO_REMEDIATION = new Remediation("", "", null);

    public Answer {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(owner, "owner");
        confirmedBy = confirmedBy == null ? "" : confirmedBy;
        evidence = List.copyOf(evidence);
        providerEvidence = List.copyOf(providerEvidence);
        remediation = remediation == null ? NO_REMEDIATION : remediation;
        scanEvidence = scanEvidence == null ? List.of() : List.copyOf(scanEvidence);
        // Sorted by service so the file is the same whatever order they were added in.
        exceptions = exceptions.stream()
                .sorted(java.util.Comparator.comparing(ServiceException::serviceId))
                .toList();
    }

    /** An answer nobody is named as having confirmed, not parked. */
    public Answer(AnswerStatus status, String justification, String finding, String comment, String owner,
                  List<EvidenceReference> evidence, List<ProviderEvidence> providerEvidence,
                  Remediation remediation, List<ServiceException> exceptions, boolean flagged,
                  LocalDate lastConfirmed) {
        this(status, justification, finding, comment, owner, evidence, providerEvidence, remediation, exceptions,
                flagged, lastConfirmed, "", false, List.of());
    }

    /** An answer without scanner evidence, as every answer was before scans could be imported. */
    public Answer(AnswerStatus status, String justification, String finding, String comment, String owner,
                  List<EvidenceReference> evidence, List<ProviderEvidence> providerEvidence,
                  Remediation remediation, List<ServiceException> exceptions, boolean flagged,
                  LocalDate lastConfirmed, String confirmedBy, boolean parked) {
        this(status, justification, finding, comment, owner, evidence, providerEvidence, remediation, exceptions,
                flagged, lastConfirmed, confirmedBy, parked, List.of());
    }

    /** A bare answer with just a status, for starting an edit. */
    public static Answer of(AnswerStatus status) {
        return new Answer(status, "", "", "", "", List.of(), List.of(), NO_REMEDIATION, List.of(), false, null, "", false, List.of());
    }

    // One wither per component, so a new field means one new wither, not a new constructor call everywhere.

    public Answer withStatus(AnswerStatus newStatus) {
        return new Answer(newStatus, justification, finding, comment, owner, evidence, providerEvidence,
                remediation, exceptions, flagged, lastConfirmed, confirmedBy, parked, scanEvidence);
    }

    public Answer withJustification(String newJustification) {
        return new Answer(status, newJustification, finding, comment, owner, evidence, providerEvidence,
                remediation, exceptions, flagged, lastConfirmed, confirmedBy, parked, scanEvidence);
    }

    public Answer withFinding(String newFinding) {
        return new Answer(status, justification, newFinding, comment, owner, evidence, providerEvidence,
                remediation, exceptions, flagged, lastConfirmed, confirmedBy, parked, scanEvidence);
    }

    public Answer withComment(String newComment) {
        return new Answer(status, justification, finding, newComment, owner, evidence, providerEvidence,
                remediation, exceptions, flagged, lastConfirmed, confirmedBy, parked, scanEvidence);
    }

    public Answer withOwner(String newOwner) {
        return new Answer(status, justification, finding, comment, newOwner, evidence, providerEvidence,
                remediation, exceptions, flagged, lastConfirmed, confirmedBy, parked, scanEvidence);
    }

    public Answer withEvidence(List<EvidenceReference> newEvidence) {
        return new Answer(status, justification, finding, comment, owner, newEvidence, providerEvidence,
                remediation, exceptions, flagged, lastConfirmed, confirmedBy, parked, scanEvidence);
    }

    public Answer withProviderEvidence(List<ProviderEvidence> newProviderEvidence) {
        return new Answer(status, justification, finding, comment, owner, evidence, newProviderEvidence,
                remediation, exceptions, flagged, lastConfirmed, confirmedBy, parked, scanEvidence);
    }

    public Answer withRemediation(Remediation newRemediation) {
        return new Answer(status, justification, finding, comment, owner, evidence, providerEvidence,
                newRemediation, exceptions, flagged, lastConfirmed, confirmedBy, parked, scanEvidence);
    }

    public Answer withExceptions(List<ServiceException> newExceptions) {
        return new Answer(status, justification, finding, comment, owner, evidence, providerEvidence,
                remediation, newExceptions, flagged, lastConfirmed, confirmedBy, parked, scanEvidence);
    }

    public Answer withFlagged(boolean newFlagged) {
        return new Answer(status, justification, finding, comment, owner, evidence, providerEvidence,
                remediation, exceptions, newFlagged, lastConfirmed, confirmedBy, parked, scanEvidence);
    }

    public Answer withLastConfirmed(LocalDate newLastConfirmed) {
        return new Answer(status, justification, finding, comment, owner, evidence, providerEvidence,
                remediation, exceptions, flagged, newLastConfirmed, confirmedBy, parked, scanEvidence);
    }

    public Answer withConfirmedBy(String newConfirmedBy) {
        return new Answer(status, justification, finding, comment, owner, evidence, providerEvidence,
                remediation, exceptions, flagged, lastConfirmed, newConfirmedBy, parked, scanEvidence);
    }

    public Answer withParked(boolean newParked) {
        return new Answer(status, justification, finding, comment, owner, evidence, providerEvidence,
                remediation, exceptions, flagged, lastConfirmed, confirmedBy, newParked, scanEvidence);
    }

    public Answer withScanEvidence(List<ScanEvidence> newScanEvidence) {
        return new Answer(status, justification, finding, comment, owner, evidence, providerEvidence,
                remediation, exceptions, flagged, lastConfirmed, confirmedBy, parked, newScanEvidence);
    }

    /** True when the status needs a justification and none is given. */
    public boolean missingJustification() {
        return status.requiresJustification() && justification.isBlank();
    }
}
