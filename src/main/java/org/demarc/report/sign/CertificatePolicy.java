package org.demarc.report.sign;

import java.security.PublicKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.demarc.model.Messages;

/**
 * Which certificates may sign a Demarc report: valid at the signing time, an RSA key of at least
 * 2048 bits or an ECDSA key on P-256, P-384 or P-521, a key usage (when present) that allows
 * digital signatures or non-repudiation, and an extended key usage (when present) that is not
 * only for servers. The same rules refuse a key at signing and report it at verification, each
 * problem in the user's words (never a library's exception).
 */
public final class CertificatePolicy {
    static final int MIN_RSA_BITS = 2048;
    private static final Map<ASN1ObjectIdentifier, String> CURVES = Map.of(
            X9ObjectIdentifiers.prime256v1, "P-256",
            SECObjectIdentifiers.secp384r1, "P-384",
            SECObjectIdentifiers.secp521r1, "P-521");
    /** Names of key types refused, as users know them (the JDK calls Ed25519 "EdDSA"). */
    private static final Map<ASN1ObjectIdentifier, String> KEY_TYPES = Map.of(
            EdECObjectIdentifiers.id_Ed25519, "Ed25519",
            EdECObjectIdentifiers.id_Ed448, "Ed448",
            X9ObjectIdentifiers.id_dsa, "DSA");
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private CertificatePolicy() {
    }

    /** The problems of a certificate signing at {@code at}; empty when it may sign. */
    public static List<String> problems(X509Certificate cert, Instant at) {
        List<String> out = new ArrayList<>();
        String key = keyProblem(cert.getPublicKey());
        if (key != null) {
            out.add(key);
        }
        Date when = Date.from(at);
        if (when.before(cert.getNotBefore())) {
            out.add(Messages.get("report.cert.notYetValid", cert.getNotBefore().toInstant().toString()));
        }
        if (when.after(cert.getNotAfter())) {
            out.add(Messages.get("report.cert.expired", cert.getNotAfter().toInstant().toString()));
        }
        boolean[] usage = cert.getKeyUsage();
        if (usage != null && !bit(usage, DIGITAL_SIGNATURE) && !bit(usage, NON_REPUDIATION)) {
            out.add(Messages.get("report.cert.keyUsage"));
        }
        if (serverOnly(cert)) {
            out.add(Messages.get("report.cert.serverOnly"));
        }
        return out;
    }

    /** Why a public key cannot sign a Demarc report, or null when it can. */
    static String keyProblem(PublicKey key) {
        AlgorithmIdentifier algorithm;
        try {
            algorithm = SubjectPublicKeyInfo.getInstance(key.getEncoded()).getAlgorithm();
        } catch (RuntimeException unreadable) {
            return Messages.get("report.cert.algorithm", key.getAlgorithm());
        }
        ASN1ObjectIdentifier oid = algorithm.getAlgorithm();
        if (oid.equals(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.rsaEncryption)) {
            int bits = key instanceof RSAPublicKey rsa ? rsa.getModulus().bitLength() : 0;
            return bits >= MIN_RSA_BITS ? null : Messages.get("report.cert.rsaTooShort", bits, MIN_RSA_BITS);
        }
        if (oid.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
            var parameters = algorithm.getParameters();
            if (parameters instanceof ASN1ObjectIdentifier curve && CURVES.containsKey(curve)) {
                return null;
            }
            return Messages.get("report.cert.curve", parameters instanceof ASN1ObjectIdentifier curve
                    ? curve.getId() : Messages.get("report.cert.curve.explicit"));
        }
        return Messages.get("report.cert.algorithm", KEY_TYPES.getOrDefault(oid, key.getAlgorithm()));
    }

    private static boolean bit(boolean[] usage, int index) {
        return usage.length > index && usage[index];
    }

    private static boolean serverOnly(X509Certificate cert) {
        try {
            List<String> purposes = cert.getExtendedKeyUsage();
            return purposes != null && !purposes.isEmpty()
                    && purposes.stream().allMatch(KeyPurposeId.id_kp_serverAuth.getId()::equals);
        } catch (CertificateParsingException unreadable) {
            return true;
        }
    }
}
