package org.demarc.report;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A self-signed PKCS#12 key store made for each test run; no secret is committed. */
public final class TestKeys {
    public static final String ALIAS = "signer";
    public static final String PASSWORD = "correct horse battery staple";
    public static final String SIGNER = "Dana Whitfield (test)";
    public static final String SECOND_ALIAS = "team-lead";
    public static final String SECOND_SIGNER = "Sam Okafor (test)";
    /** Before the fixed signing times some tests use: a certificate is checked at the signing time. */
    private static final Instant VALID_FROM = Instant.parse("2020-01-01T00:00:00Z");

    private TestKeys() {
    }

    public static Path keyStore(Path dir) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        add(store, ALIAS, SIGNER);
        return save(store, dir.resolve("signer.p12"));
    }

    /** A store of two keys, {@link #ALIAS} for {@link #SIGNER} and {@link #SECOND_ALIAS} for {@link #SECOND_SIGNER}. */
    public static Path twoKeyStore(Path dir) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        add(store, ALIAS, SIGNER);
        add(store, SECOND_ALIAS, SECOND_SIGNER);
        return save(store, dir.resolve("two-signers.p12"));
    }

    private static void add(KeyStore store, String alias, String signer) throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        KeyPair pair = gen.generateKeyPair();
        X500Name name = new X500Name("CN=" + signer + ",O=Northwind Retail GmbH,C=DE");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(VALID_FROM), Date.from(now.plus(365, ChronoUnit.DAYS)), name,
                pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        store.setKeyEntry(alias, pair.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {cert});
    }

    private static Path save(KeyStore store, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        return file;
    }
}
