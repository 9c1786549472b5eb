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
import org.demarc.report.pdfa.ArchivalMetadata;

/**
 * Checks the digital signatures of a PDF with BouncyCastle: each CMS signature against the bytes
 * its byte range covers, and whether the last one covers the whole file. Trust in the signer's
 * certificate is not judged here: that needs the reader's own trust list.
 */
public final class SignatureCheck {
    private SignatureCheck() {
    }

    /**
     * One signature: who signed, when, whether the signed bytes are intact, and what it covers:
     * {@code revision} is the file revision (1 = as first written, each incremental update adds
     * one) its byte range ends with; {@code key} identifies the signing key (SHA-256 of the public
     * key, empty when unreadable).
     */
    public record Signature(String signer, String issuer, Instant signedAt, String subFilter, boolean intact,
                            boolean coversWholeFile, boolean signingCertificateAttribute,
                            boolean signingTimeAttribute, String problem, int revision, String key) {
    }

    /** What a report says about itself: its signatures, its revisions and the fingerprint in its metadata. */
    public record Result(List<Signature> signatures, String fingerprint, int revisions) {
    }

    /** @throws IOException when the bytes are not a readable PDF */
    public static Result check(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var metadata = doc.getDocumentCatalog().getMetadata();
            String fingerprint = metadata == null ? null : ArchivalMetadata.fingerprintOf(metadata.toByteArray());
            List<Signature> out = new ArrayList<>();
            for (PDSignature s : doc.getSignatureDictionaries()) {
                out.add(check(s, pdf));
            }
            return new Result(out, fingerprint, Revisions.count(pdf, pdf.length));
        }
    }

    private static Signature check(PDSignature s, byte[] pdf) {
        int[] range = s.getByteRange();
        Instant at = s.getSignDate() == null ? null : s.getSignDate().toInstant();
        boolean whole = range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == pdf.length;
        int revision = range.length == 4 ? Revisions.count(pdf, (long) range[2] + range[3]) : 0;
        try {
            byte[] contents = s.getContents();
            byte[] signed = s.getSignedContent(pdf);
            // The /Contents string is padded with zeros after the DER object: read the object alone.
            ContentInfo info;
            try (ASN1InputStream in = new ASN1InputStream(contents)) {
                info = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), info);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return new Signature("", "", at, s.getSubFilter(), false, whole, false, false, "signers", revision, "");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certs = cms.getCertificates().getMatches(signer.getSID());
            if (certs.isEmpty()) {
                return new Signature("", "", at, s.getSubFilter(), false, whole, false, false, "certificate", revision, "");
            }
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(certs.iterator().next());
            boolean intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            var attrs = signer.getSignedAttributes();
            boolean ess = attrs != null && attrs.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null;
            boolean time = attrs != null && attrs.get(CMSAttributes.signingTime) != null;
            return new Signature(CertificateNames.commonName(cert.getSubjectX500Principal()),
                    CertificateNames.commonName(cert.getIssuerX500Principal()), at, s.getSubFilter(), intact, whole,
                    ess, time, intact ? "" : "digest", revision, Revisions.keyId(cert));
        } catch (IOException | CMSException | CertificateException | OperatorCreationException
                 | RuntimeException e) {
            return new Signature("", "", at, s.getSubFilter(), false, whole, false, false,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), revision, "");
        }
    }
}
