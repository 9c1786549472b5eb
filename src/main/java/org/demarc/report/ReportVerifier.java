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
 * Checks a report: that its digital signature is intact and covers the whole file, and, given the
 * project, that the fingerprint in the report is that project's content fingerprint.
 */
public final class ReportVerifier {
    private ReportVerifier() {
    }

    /** The outcome, as lines the user reads and a verdict. */
    public record Verification(boolean passed, List<String> findings, String reportFingerprint) {
    }

    /**
     * @param project the project the report should have been made from, or null to check the signature only
     * @throws IOException when the bytes are not a readable PDF
     */
    public static Verification verify(byte[] pdf, Assessment project) throws IOException {
        SignatureCheck.Result r = SignatureCheck.check(pdf);
        List<String> out = new ArrayList<>();
        boolean ok = true;
        if (r.signatures().isEmpty()) {
            out.add(Messages.get("report.verify.unsigned"));
            ok = false;
        }
        for (int i = 0; i < r.signatures().size(); i++) {
            SignatureCheck.Signature s = r.signatures().get(i);
            boolean last = i == r.signatures().size() - 1;
            out.add(Messages.get("report.verify.revision", i + 1, r.signatures().size(), s.revision(), r.revisions()));
            if (i > 0 && !s.key().equals(r.signatures().get(0).key())) {
                out.add(Messages.get("report.verify.otherKey", i + 1));
            }
            if (s.intact()) {
                out.add(Messages.get("report.verify.intact", s.signer(), s.issuer(),
                        s.signedAt() == null ? "\u2013" : s.signedAt().toString()));
            } else {
                out.add(Messages.get("report.verify.broken", s.signer().isEmpty() ? "?" : s.signer()));
                ok = false;
            }
            if (last && !s.coversWholeFile()) {
                out.add(Messages.get("report.verify.notWhole"));
                ok = false;
            } else if (last) {
                out.add(Messages.get("report.verify.whole"));
            }
            if (s.intact() && PadesSigner.SUB_FILTER.getName().equals(s.subFilter()) && s.signingCertificateAttribute()
                    && !s.signingTimeAttribute()) {
                out.add(Messages.get("report.verify.pades"));
            }
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
