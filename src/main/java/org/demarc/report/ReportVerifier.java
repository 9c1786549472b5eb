package org.demarc.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.assessment.ContentFingerprint;
import org.demarc.report.sign.PadesSigner;
import org.demarc.report.sign.SignatureCheck;

/**
 * Checks a report: that its one digital signature is intact and covers the whole file, and, given
 * the project, that the fingerprint in the signed report is that project's content fingerprint.
 */
public final class ReportVerifier {
    private ReportVerifier() {
    }

    /** The outcome, as lines the user reads and a verdict. */
    public record Verification(boolean passed, List<String> findings, String reportFingerprint) {
    }

    /**
     * A Demarc report carries exactly one signature, made by Demarc over the whole file: a second
     * signature, bytes added after it, an unsigned gap that is more than its /Contents string, or a
     * certificate Demarc would not sign with all fail. The fingerprint is the one in the revision
     * the signature covers. Every signature found is named with the bytes it covers.
     *
     * @param project the project the report should have been made from, or null to check the signature only
     * @throws IOException when the bytes are not a readable PDF
     */
    public static Verification verify(byte[] pdf, Assessment project) throws IOException {
        SignatureCheck.Result r = SignatureCheck.check(pdf);
        List<String> out = new ArrayList<>();
        boolean ok = true;
        int count = r.signatures().size();
        if (count == 0) {
            out.add(Messages.get("report.verify.unsigned"));
            ok = false;
        }
        for (int i = 0; i < count; i++) {
            SignatureCheck.Signature s = r.signatures().get(i);
            String signer = s.signer().isEmpty() ? "?" : s.signer();
            out.add(Messages.get(s.coversWholeFile() ? "report.verify.signature.whole" : "report.verify.signature.part",
                    i + 1, count, signer, s.byteRange(), s.revision(), r.revisions()));
            if (s.gapProblem() != null) {
                out.add(Messages.get("report.verify.gap", s.gapProblem()));
                ok = false;
            }
            if (s.intact()) {
                out.add(Messages.get("report.verify.intact", s.signer(), s.issuer(),
                        s.signedAt() == null ? "\u2013" : s.signedAt().toString()));
            } else {
                out.add(Messages.get("report.verify.broken", signer));
                ok = false;
            }
            for (String problem : s.certificateProblems()) {
                out.add(Messages.get("report.verify.certificate", problem));
                ok = false;
            }
            if (s.intact() && PadesSigner.SUB_FILTER.getName().equals(s.subFilter()) && s.signingCertificateAttribute()
                    && !s.signingTimeAttribute()) {
                out.add(Messages.get("report.verify.pades"));
            }
        }
        if (count > 1) {
            out.add(Messages.get("report.verify.several", count));
            ok = false;
        } else if (count == 1 && !r.signatures().get(0).coversWholeFile()) {
            out.add(Messages.get("report.verify.notWhole"));
            ok = false;
        } else if (count == 1) {
            out.add(Messages.get("report.verify.whole"));
        }
        if (r.fingerprint() == null) {
            out.add(Messages.get("report.verify.noFingerprint"));
            ok = false;
        } else if (project != null) {
            String expected = ContentFingerprint.of(project);
            if (expected.equals(r.fingerprint())) {
                out.add(Messages.get("report.verify.fingerprintMatches", r.fingerprint()));
            } else {
                out.add(Messages.get("report.verify.fingerprintDiffers", r.fingerprint(), expected));
                ok = false;
            }
        } else {
            out.add(Messages.get("report.verify.fingerprint", r.fingerprint()));
        }
        out.add(Messages.get("report.verify.trust"));
        return new Verification(ok, out, r.fingerprint());
    }
}
