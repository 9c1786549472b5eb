package org.demarc.report;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Self-signed certificates of every kind a signer might bring, good and bad, made with BouncyCastle
 * in the test (BouncyCastle's provider only where the JDK has no such curve); nothing is committed.
 * Each kind of key is made once per test JVM, RSA keys read from {@link StoredTestKeys} (their
 * generation dominated the signing tests); a test that needs two different keys of one kind asks
 * for {@link Spec#otherKey()}.
 */
final class TestCertificates {
    static final Provider BC = new BouncyCastleProvider();

    /** A key, its certificate and the key store file holding both (password {@link TestKeys#PASSWORD}). */
    record Made(KeyPair pair, X509Certificate cert, String algorithm, Path keyStore) {
    }

    /** What to make: the key, how it signs, and the certificate's validity and usages. */
    record Spec(String keyType, Object size, String algorithm, Instant notBefore, Instant notAfter, KeyUsage usage,
                KeyPurposeId purpose, boolean bouncyCastle, int keyNumber) {
        Spec validity(Instant from, Instant to) {
            return new Spec(keyType, size, algorithm, from, to, usage, purpose, bouncyCastle, keyNumber);
        }

        Spec usage(KeyUsage u) {
            return new Spec(keyType, size, algorithm, notBefore, notAfter, u, purpose, bouncyCastle, keyNumber);
        }

        Spec purpose(KeyPurposeId p) {
            return new Spec(keyType, size, algorithm, notBefore, notAfter, usage, p, bouncyCastle, keyNumber);
        }

        /** The same kind of certificate for a key of its own, different from this spec's. */
        Spec otherKey() {
            return new Spec(keyType, size, algorithm, notBefore, notAfter, usage, purpose, bouncyCastle, keyNumber + 1);
        }

        /** What identifies the key pair: its type, size or curve, provider and number. */
        String keyName() {
            return keyType + "/" + size + "/" + (bouncyCastle ? "BC" : "JDK") + "/" + keyNumber;
        }
    }

    private static final Map<String, KeyPair> KEYS = new ConcurrentHashMap<>();

    private TestCertificates() {
    }

    static Spec rsa(int bits) {
        return standard("RSA", bits, "SHA256withRSA", false);
    }

    static Spec ec(String curve, boolean bouncyCastle) {
        return standard("EC", curve, "SHA256withECDSA", bouncyCastle);
    }

    static Spec ed25519() {
        return standard("Ed25519", null, "Ed25519", false);
    }

    static Spec ed448() {
        return standard("Ed448", null, "Ed448", false);
    }

    static Spec dsa() {
        return standard("DSA", 2048, "SHA256withDSA", false);
    }

    private static Spec standard(String keyType, Object size, String algorithm, boolean bouncyCastle) {
        Instant now = Instant.now();
        return new Spec(keyType, size, algorithm, now.minus(1, ChronoUnit.DAYS), now.plus(365, ChronoUnit.DAYS),
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation), null, bouncyCastle, 0);
    }

    static Made make(Spec spec, Path dir) throws Exception {
        KeyPair pair = KEYS.computeIfAbsent(spec.keyName(), k -> StoredTestKeys.get(k).orElseGet(() -> generate(spec)));
        X500Name name = new X500Name("CN=" + TestKeys.SIGNER + ",O=Northwind Retail GmbH,C=DE");
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(System.nanoTime()),
                Date.from(spec.notBefore()), Date.from(spec.notAfter()), name, pair.getPublic());
        if (spec.usage() != null) {
            builder.addExtension(Extension.keyUsage, true, spec.usage());
        }
        if (spec.purpose() != null) {
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(spec.purpose()));
        }
        JcaContentSignerBuilder signer = new JcaContentSignerBuilder(spec.algorithm());
        if (spec.bouncyCastle()) {
            signer.setProvider(BC);
        }
        X509Certificate cert = new JcaX509CertificateConverter().setProvider(BC)
                .getCertificate(builder.build(signer.build(pair.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(TestKeys.ALIAS, pair.getPrivate(), TestKeys.PASSWORD.toCharArray(), new Certificate[] {cert});
        Path file = Files.createTempFile(dir, "key", ".p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, TestKeys.PASSWORD.toCharArray());
        }
        return new Made(pair, cert, spec.algorithm(), file);
    }

    /** The RSA kinds the tests use, for the tool that writes the stored keys. */
    static java.util.List<Spec> storedKinds() {
        return java.util.List.of(rsa(2048), rsa(2048).otherKey(), rsa(1024), rsa(3072));
    }

    static KeyPair generate(Spec spec) {
        try {
            KeyPairGenerator gen = spec.bouncyCastle() ? KeyPairGenerator.getInstance(spec.keyType(), BC)
                    : KeyPairGenerator.getInstance(spec.keyType());
            if (spec.size() instanceof Integer bits) {
                gen.initialize(bits);
            } else if (spec.size() instanceof String curve) {
                gen.initialize(new ECGenParameterSpec(curve));
            }
            return gen.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a test key " + spec.keyName(), e);
        }
    }
}
