package org.demarc.report;

import java.io.ByteArrayOutputStream;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Self-signed PKCS#12 key stores made once per test JVM from the stored test keys
 * ({@link StoredTestKeys}; they sign nothing real). Every signer has its own key, and the
 * look-alike has a key of its own under the first signer's name, so a test that needs two
 * different keys gets them; the key stores are made once and copied where asked.
 */
public final class TestKeys {
    public static final String ALIAS = "signer";
    public static final String PASSWORD = "correct horse battery staple";
    public static final String SIGNER = "Dana Whitfield (test)";
    public static final String SECOND_ALIAS = "team-lead";
    public static final String SECOND_SIGNER = "Sam Okafor (test)";
    /** Before the fixed signing times some tests use: a certificate is checked at the signing time. */
    private static final Instant VALID_FROM = Instant.parse("2020-01-01T00:00:00Z");

    /** Who holds a key: the signer, the second signer, and someone else under the signer's name. */
    private enum Holder {
        SIGNER(TestKeys.SIGNER), SECOND(SECOND_SIGNER), LOOK_ALIKE(TestKeys.SIGNER);

        final String name;

        Holder(String name) {
            this.name = name;
        }

        /** The name of its key in {@link StoredTestKeys}. */
        String keyName() {
            return "holder." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The holders' key names, for the tool that writes the stored keys. */
    static java.util.List<String> keyNames() {
        return java.util.Arrays.stream(Holder.values()).map(Holder::keyName).toList();
    }

    /** A new 2048-bit RSA key, when the stored keys lack one. */
    static KeyPair generate() {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048);
            return gen.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Certificates made once per holder and JVM (validity from now), key stores once per kind. */
    private static final Map<Holder, KeyStore.PrivateKeyEntry> ENTRIES = new ConcurrentHashMap<>();
    private static final Map<String, byte[]> STORES = new ConcurrentHashMap<>();

    private TestKeys() {
    }

    public static Path keyStore(Path dir) throws Exception {
        return copy(store("signer", Map.of(ALIAS, Holder.SIGNER)), dir.resolve("signer.p12"));
    }

    /** A store of two keys, {@link #ALIAS} for {@link #SIGNER} and {@link #SECOND_ALIAS} for {@link #SECOND_SIGNER}. */
    public static Path twoKeyStore(Path dir) throws Exception {
        return copy(store("two", Map.of(ALIAS, Holder.SIGNER, SECOND_ALIAS, Holder.SECOND)), dir.resolve("two-signers.p12"));
    }

    /**
     * A store like {@link #keyStore} whose certificate names {@link #SIGNER} too, with a key of its
     * own: what an attacker makes to pass for the signer.
     */
    public static Path lookAlikeKeyStore(Path dir) throws Exception {
        return copy(store("look-alike", Map.of(ALIAS, Holder.LOOK_ALIKE)), dir.resolve("signer.p12"));
    }

    private static byte[] store(String name, Map<String, Holder> aliases) {
        return STORES.computeIfAbsent(name, n -> {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                for (Map.Entry<String, Holder> a : aliases.entrySet()) {
                    KeyStore.PrivateKeyEntry e = entry(a.getValue());
                    store.setKeyEntry(a.getKey(), e.getPrivateKey(), PASSWORD.toCharArray(), e.getCertificateChain());
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                store.store(out, PASSWORD.toCharArray());
                return out.toByteArray();
            } catch (Exception e) {
                throw new IllegalStateException("cannot make the test key store " + n, e);
            }
        });
    }

    private static KeyStore.PrivateKeyEntry entry(Holder holder) {
        return ENTRIES.computeIfAbsent(holder, h -> {
            try {
                KeyPair pair = StoredTestKeys.get(h.keyName()).orElseGet(TestKeys::generate);
                X500Name name = new X500Name("CN=" + h.name + ",O=Northwind Retail GmbH,C=DE");
                Instant now = Instant.now();
                JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                        BigInteger.valueOf(now.toEpochMilli() * 8 + h.ordinal()), Date.from(VALID_FROM),
                        Date.from(now.plus(365, ChronoUnit.DAYS)), name, pair.getPublic());
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                builder.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                        builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
                return new KeyStore.PrivateKeyEntry(pair.getPrivate(), new Certificate[] {cert});
            } catch (Exception e) {
                throw new IllegalStateException("cannot make the test key of " + h, e);
            }
        });
    }

    private static Path copy(byte[] store, Path file) throws Exception {
        return Files.write(file, store);
    }
}
