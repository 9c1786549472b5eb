package org.demarc.report.sign;

import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Arrays;

import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.demarc.model.Messages;

/**
 * Whether the certificate shipped in a signature is the one the signer signed for. The signature
 * value covers the signed attributes only, not the certificate beside them: without this check the
 * certificate's names and dates could be edited and the signature would still verify with the
 * unchanged key. The signing-certificate-v2 attribute (signed) carries the certificate's hash,
 * which must match; a self-signed certificate must also carry its own valid signature.
 */
final class CertificateBinding {
    private CertificateBinding() {
    }

    /**
     * The outcome: {@code problem} is null when the certificate is bound; {@code edited} is true when
     * it demonstrably changed after signing, as opposed to a signature that names no certificate hash.
     */
    record Result(String problem, boolean edited) {
        static final Result BOUND = new Result(null, false);

        static Result unbound(String key) {
            return new Result(Messages.get(key), false);
        }

        static Result edited(String key) {
            return new Result(Messages.get(key), true);
        }
    }

    static Result check(X509Certificate cert, AttributeTable signedAttributes) {
        try {
            Attribute a = signedAttributes == null ? null
                    : signedAttributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            if (a == null || a.getAttrValues().size() != 1) {
                return Result.unbound("report.cert.notBound.noAttribute");
            }
            ESSCertIDv2[] ids = SigningCertificateV2.getInstance(a.getAttrValues().getObjectAt(0)).getCerts();
            if (ids.length == 0) {
                return Result.unbound("report.cert.notBound.noAttribute");
            }
            DigestCalculator digest = new JcaDigestCalculatorProviderBuilder().build().get(ids[0].getHashAlgorithm());
            try (OutputStream out = digest.getOutputStream()) {
                out.write(cert.getEncoded());
            }
            if (!Arrays.equals(digest.getDigest(), ids[0].getCertHash())) {
                return Result.edited("report.cert.notBound.hash");
            }
            if (cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
                cert.verify(cert.getPublicKey());
            }
            return Result.BOUND;
        } catch (GeneralSecurityException e) {
            return Result.edited("report.cert.notBound.selfSignature");
        } catch (Exception e) {
            // Unreadable attribute, unknown hash algorithm: nothing binds the certificate.
            return Result.edited("report.cert.notBound.hash");
        }
    }
}
