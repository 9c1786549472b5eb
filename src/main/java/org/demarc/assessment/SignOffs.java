package org.demarc.assessment;

import java.time.Instant;
import java.util.List;

import org.demarc.model.Assessment;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.model.Messages;
import org.demarc.model.SignOff;
import org.demarc.model.Signatory;

/** Signing an assessment off (which locks it) and reopening it (which voids the sign-off). */
public final class SignOffs {
    private SignOffs() {
    }

    /**
     * Locks the assessment: the sign-off records the fingerprint of exactly this content.
     *
     * @throws IllegalArgumentException without signatories (the message is ready to show)
     */
    public static Assessment signOff(Assessment a, List<Signatory> signatories, Instant now, String actor) {
        if (a.isSignedOff()) {
            throw new IllegalStateException("already signed off");
        }
        if (signatories.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("signoff.noSignatory"));
        }
        String fingerprint = ContentFingerprint.of(a);
        return a.withSignOff(new SignOff(signatories, fingerprint, now)).withDraftSignatories(List.of())
                .withEvent(new HistoryEvent(now, HistoryKind.SIGNED_OFF, actor, fingerprint));
    }

    /**
     * Whether a sign-off no longer holds: the assessment is signed off, but its content (edited
     * outside Demarc) is not the content whose fingerprint was signed. Such an assessment is a draft.
     */
    public static boolean isVoid(Assessment a) {
        return a.isSignedOff() && !a.signOff().fingerprint().equals(ContentFingerprint.of(a));
    }

    /** Voids the sign-off so the assessment can change again; the history keeps what was voided. */
    public static Assessment reopen(Assessment a, Instant now, String actor, String reason) {
        if (!a.isSignedOff()) {
            throw new IllegalStateException("not signed off");
        }
        // The detail keeps the voided fingerprint, then the reason on its own line.
        String detail = a.signOff().fingerprint() + (reason.isBlank() ? "" : "\n" + reason);
        // The voided sign-off's signatories become the draft again, to sign anew after the changes.
        return a.withSignOff(null).withDraftSignatories(a.signOff().signatories()).withEvent(new HistoryEvent(now, HistoryKind.REOPENED, actor, detail));
    }
}
