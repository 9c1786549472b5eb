package org.demarc.report.sign;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.demarc.model.Messages;
import org.demarc.report.pdfa.ArchivalMetadata;

/**
 * Checks the digital signatures of a PDF with BouncyCastle: each CMS signature against the bytes
 * its byte range covers, whether it covers the whole file, whether the unsigned gap is exactly its
 * /Contents string, and whether its certificate could have signed a Demarc report
 * ({@link CertificatePolicy}). Trust in the signer's certificate is not judged here: that needs the
 * reader's own trust list.
 */
public final class SignatureCheck {
    private SignatureCheck() {
    }

    /**
     * One signature: who signed, when, whether the signed bytes are intact, and what it covers:
     * {@code byteRange} as written in the file, {@code revision} the file revision (1 = as first
     * written, each incremental update adds one) its byte range ends with; {@code key} identifies
     * the signing key (SHA-256 of the public key, empty when unreadable); {@code gapProblem} is null
     * when the unsigned gap is exactly the /Contents string; {@code certificateProblems} are why the
     * certificate could not have signed a Demarc report at the signing time.
     */
    public record Signature(String signer, String issuer, Instant signedAt, String subFilter, boolean intact,
                            boolean coversWholeFile, boolean signingCertificateAttribute,
                            boolean signingTimeAttribute, String problem, int revision, String key,
                            String byteRange, String gapProblem, List<String> certificateProblems) {
        public Signature {
            certificateProblems = List.copyOf(certificateProblems);
        }
    }

    /**
     * What a report says about itself: its signatures, its revisions and the fingerprint in its
     * metadata, read from the revision the first signature covers (the bytes its signer signed),
     * or from the whole file when it is not signed.
     */
    public record Result(List<Signature> signatures, String fingerprint, int revisions) {
    }

    /** @throws IOException when the bytes are not a readable PDF */
    public static Result check(byte[] pdf) throws IOException {
        List<Signature> out = new ArrayList<>();
        long signedLength = pdf.length;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDSignature s : doc.getSignatureDictionaries()) {
                out.add(check(s, pdf));
                signedLength = Math.min(signedLength, signedEnd(s.getByteRange(), pdf.length));
            }
            if (out.isEmpty()) {
                return new Result(out, fingerprint(doc), Revisions.count(pdf, pdf.length));
            }
        }
        try (PDDocument signedRevision = Loader.loadPDF(java.util.Arrays.copyOf(pdf, (int) signedLength))) {
            return new Result(out, fingerprint(signedRevision), Revisions.count(pdf, pdf.length));
        } catch (IOException unreadable) {
            return new Result(out, null, Revisions.count(pdf, pdf.length));
        }
    }

    private static String fingerprint(PDDocument doc) throws IOException {
        var metadata = doc.getDocumentCatalog().getMetadata();
        return metadata == null ? null : ArchivalMetadata.fingerprintOf(metadata.toByteArray());
    }

    /** Where the bytes a byte range covers end, within the file. */
    private static long signedEnd(int[] range, int fileLength) {
        if (range.length != 4 || range[2] < 0 || range[3] < 0) {
            return fileLength;
        }
        return Math.min(fileLength, (long) range[2] + range[3]);
    }

    private static Signature check(PDSignature s, byte[] pdf) {
        int[] range = s.getByteRange();
        Instant at = s.getSignDate() == null ? null : s.getSignDate().toInstant();
        boolean whole = range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == pdf.length;
        int revision = range.length == 4 ? Revisions.count(pdf, signedEnd(range, pdf.length)) : 0;
        String shownRange = rangeText(range);
        ContentsGap.Result gap = ContentsGap.of(pdf, range, s.getContents());
        Signature unreadable = new Signature("", "", at, s.getSubFilter(), false, whole, false, false, "", revision, "",
                shownRange, gap.problem(), List.of());
        if (!gap.ok()) {
            return unreadable;
        }
        try {
            byte[] signed = s.getSignedContent(pdf);
            ContentInfo info;
            try (ASN1InputStream in = new ASN1InputStream(gap.cms())) {
                info = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), info);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return unreadable;
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certs = cms.getCertificates().getMatches(signer.getSID());
            if (certs.isEmpty()) {
                return unreadable;
            }
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(certs.iterator().next());
            List<String> certificateProblems = CertificatePolicy.problems(cert, at == null ? Instant.EPOCH : at);
            String name = CertificateNames.commonName(cert.getSubjectX500Principal());
            // A key Demarc never signs with is not handed to a verifier that may not know it. The
            // public key alone checks the digest: the certificate's validity is CertificatePolicy's.
            var attrs = signer.getSignedAttributes();
            CertificateBinding.Result binding = CertificateBinding.check(cert, attrs);
            if (binding.problem() != null) {
                certificateProblems = new ArrayList<>(certificateProblems);
                certificateProblems.add(binding.problem());
            }
            // An edited certificate makes the signature as a whole not intact; one merely not named
            // in the signed attributes is a certificate problem of a signature that is intact.
            boolean intact = !binding.edited() && CertificatePolicy.keyProblem(cert.getPublicKey()) == null
                    && signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert.getPublicKey()));
            boolean ess = attrs != null && attrs.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null;
            boolean time = attrs != null && attrs.get(CMSAttributes.signingTime) != null;
            return new Signature(name, CertificateNames.commonName(cert.getIssuerX500Principal()), at,
                    s.getSubFilter(), intact, whole, ess, time, intact ? "" : "digest", revision,
                    Revisions.keyId(cert), shownRange, null, certificateProblems);
        } catch (IOException | CMSException | CertificateException | OperatorCreationException
                 | RuntimeException e) {
            return unreadable;
        }
    }

    /** A byte range as the byte spans it covers, e.g. "0\u20131233 and 1500\u20132999". */
    private static String rangeText(int[] range) {
        if (range.length != 4) {
            return java.util.Arrays.toString(range);
        }
        return Messages.get("report.verify.spans", range[0], (long) range[0] + range[1] - 1, range[2],
                (long) range[2] + range[3] - 1);
    }
}
