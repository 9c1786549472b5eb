package org.demarc.report.sign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.demarc.model.Messages;

/**
 * A detached CMS signature over an assessment's canonical content (the bytes the content
 * fingerprint hashes), with the signer's certificate chain: the signed message-digest attribute
 * is therefore the content fingerprint itself. The same attributes as a report's signature
 * (SHA-256, ESS signing-certificate-v2) plus the signing time, and the same certificate rules
 * ({@link CertificatePolicy}); trust in the certificate is the reader's to judge.
 */
public final class ContentSignature {
    private ContentSignature() {
    }

    /** What a check found; the signer's names are empty when the signature cannot be read. */
    public enum State {
        /** Over exactly this content, intact, by a certificate that may sign. */
        INTACT,
        /** Intact as far as can be told, but over other content: the content changed after signing. */
        CONTENT_CHANGED,
        /** Unreadable, or the signature does not match its certificate, or the certificate may not sign. */
        BROKEN
    }

    /**
     * {@code signedFingerprint} is the fingerprint the signature covers (empty when unreadable);
     * {@code problems} say why it is not {@link State#INTACT}, in the user's words.
     */
    public record Check(State state, String signer, String issuer, Instant signedAt, String signedFingerprint,
                        String key, List<String> problems) {
        public Check {
            problems = List.copyOf(problems);
        }

        static Check broken(String problem) {
            return new Check(State.BROKEN, "", "", null, "", "", List.of(problem));
        }
    }

    /** Signs {@code canonical} with the key; returns the base64 of the DER-encoded CMS SignedData. */
    public static String sign(byte[] canonical, PrivateKey key, List<X509Certificate> chain, Instant at)
            throws IOException {
        byte[] cms = new CadesSignature(key, chain, at).sign(new ByteArrayInputStream(canonical));
        return Base64.getEncoder().encodeToString(cms);
    }

    /** Checks a signature written by {@link #sign} against the content as it is now. */
    public static Check check(String base64, byte[] canonical) {
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(canonical), Base64.getDecoder().decode(base64));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return Check.broken(Messages.get("contentSignature.unreadable"));
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certs = cms.getCertificates().getMatches(signer.getSID());
            AttributeTable attributes = signer.getSignedAttributes();
            Attribute digest = attributes == null ? null : attributes.get(CMSAttributes.messageDigest);
            if (certs.isEmpty() || digest == null) {
                return Check.broken(Messages.get("contentSignature.unreadable"));
            }
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(certs.iterator().next());
            Instant at = signingTime(attributes);
            String signed = HexFormat.of().formatHex(
                    ASN1OctetString.getInstance(digest.getAttrValues().getObjectAt(0)).getOctets());
            String now = sha256(canonical);
            String name = CertificateNames.commonName(cert.getSubjectX500Principal());
            String issuer = CertificateNames.commonName(cert.getIssuerX500Principal());
            String key = Revisions.keyId(cert);
            if (!signed.equals(now)) {
                return new Check(State.CONTENT_CHANGED, name, issuer, at, signed, key,
                        List.of(Messages.get("contentSignature.contentChanged", now, signed)));
            }
            List<String> problems = new ArrayList<>();
            CertificateBinding.Result binding = CertificateBinding.check(cert, attributes);
            boolean intact = !binding.edited() && CertificatePolicy.keyProblem(cert.getPublicKey()) == null
                    && signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert.getPublicKey()));
            if (!intact) {
                problems.add(Messages.get("contentSignature.notIntact"));
            } else if (binding.problem() != null) {
                problems.add(binding.problem());
            }
            problems.addAll(CertificatePolicy.problems(cert, at == null ? Instant.EPOCH : at));
            return new Check(problems.isEmpty() ? State.INTACT : State.BROKEN, name, issuer, at, signed, key, problems);
        } catch (Exception e) {
            // A base64 or CMS structure that is not what Demarc writes: said in Demarc's words.
            return Check.broken(Messages.get("contentSignature.unreadable"));
        }
    }

    private static Instant signingTime(AttributeTable attributes) {
        Attribute time = attributes.get(CMSAttributes.signingTime);
        if (time == null || time.getAttrValues().size() != 1) {
            return null;
        }
        return Time.getInstance(time.getAttrValues().getObjectAt(0)).getDate().toInstant();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
