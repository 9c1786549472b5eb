package org.demarc.report;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.demarc.assessment.ContentFingerprint;
import org.demarc.assessment.SignOffs;
import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.report.sign.ContentSignature;
import org.demarc.report.sign.SigningKeyStore;

/**
 * Digitally signing a signed-off assessment (the signature goes into its sign-off, see
 * src/docs/decisions/0008-signed-project-files.md) and checking that signature. The command line,
 * the GUI and the report use these, so all three say the same.
 */
public final class ProjectSigning {
    private ProjectSigning() {
    }

    /** What a project's digital signature says now. */
    public enum Kind {
        /** No sign-off, or a sign-off without a digital signature. */
        NOT_SIGNED,
        /** Over exactly this content and the signed-off fingerprint, intact, by a certificate that may sign. */
        VALID,
        /** The content changed after signing: the signature no longer matches. */
        CONTENT_CHANGED,
        /** Tampered with, not this sign-off's, or by a certificate that may not sign. */
        INVALID
    }

    /** The signer's names and time are empty/null when {@link Kind#NOT_SIGNED} or unreadable. */
    public record Status(Kind kind, String signer, String issuer, Instant signedAt, String key,
                         List<String> problems) {
        public Status {
            problems = List.copyOf(problems);
        }

        static final Status NOT_SIGNED = new Status(Kind.NOT_SIGNED, "", "", null, "", List.of());

        public boolean valid() {
            return kind == Kind.VALID;
        }

        /** One sentence for the status: signed by whom, or why not. */
        public String summary() {
            return switch (kind) {
                case NOT_SIGNED -> Messages.get("projectSignature.none");
                case VALID -> Messages.get("projectSignature.valid", signer, issuer, String.valueOf(signedAt));
                case CONTENT_CHANGED -> Messages.get("projectSignature.contentChanged", signer);
                case INVALID -> signer.isEmpty() ? Messages.get("projectSignature.invalidUnknown")
                        : Messages.get("projectSignature.invalid", signer);
            };
        }
    }

    /** The message key of why the assessment cannot be digitally signed; null when it can. */
    public static String refusalKey(Assessment a) {
        if (!a.isSignedOff()) {
            return "projectSignature.notSignedOff";
        }
        return SignOffs.isVoid(a) ? "projectSignature.voidSignOff" : null;
    }

    /**
     * The assessment with its sign-off digitally signed by the key. The key's password is wiped when
     * this returns, whatever happens.
     *
     * @throws ReportSigningException not signed off, a void sign-off, or an unusable key store; the
     *                                message is ready to show
     */
    public static Assessment sign(Assessment a, SigningKey key, Instant now) throws ReportSigningException {
        try {
            String refusal = refusalKey(a);
            if (refusal != null) {
                throw new ReportSigningException(Messages.get(refusal));
            }
            SigningKeyStore entry = SigningKeyStore.read(key.keyStore(), key.alias(), key.password());
            List<String> refused = org.demarc.report.sign.CertificatePolicy.problems(entry.chain().get(0), now);
            if (!refused.isEmpty()) {
                throw new ReportSigningException(Messages.get("report.sign.unusableCertificate",
                        String.join("; ", refused)));
            }
            String signature = ContentSignature.sign(ContentFingerprint.canonicalForm(a), entry.key(), entry.chain(), now);
            return a.withSignOff(a.signOff().withSignature(signature));
        } catch (SigningKeyStore.Unusable e) {
            throw new ReportSigningException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ReportSigningException(Messages.get("report.sign.failed", e.getMessage()), e);
        } finally {
            key.wipe();
        }
    }

    /** Checks the assessment's digital signature against its content and its sign-off. */
    public static Status status(Assessment a) {
        if (!a.isSignedOff() || !a.signOff().isDigitallySigned()) {
            return Status.NOT_SIGNED;
        }
        ContentSignature.Check c = ContentSignature.check(a.signOff().signature(), ContentFingerprint.canonicalForm(a));
        List<String> problems = new ArrayList<>(c.problems());
        Kind kind = switch (c.state()) {
            case INTACT -> Kind.VALID;
            case CONTENT_CHANGED -> Kind.CONTENT_CHANGED;
            case BROKEN -> Kind.INVALID;
        };
        if (!c.signedFingerprint().isEmpty() && !c.signedFingerprint().equals(a.signOff().fingerprint())) {
            // A signature copied from another assessment, or a sign-off edited after signing.
            problems.add(Messages.get("projectSignature.notThisSignOff", c.signedFingerprint(), a.signOff().fingerprint()));
            kind = Kind.INVALID;
        }
        return new Status(kind, c.signer(), c.issuer(), c.signedAt(), c.key(), problems);
    }
}
