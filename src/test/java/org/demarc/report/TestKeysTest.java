package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test keys are made once per JVM, yet every holder keeps a key of its own. */
class TestKeysTest {
    @TempDir
    Path dir;

    @Test
    void theLookAlikeAndTheSecondSignerHaveKeysOfTheirOwn() throws Exception {
        X509Certificate signer = certificate(TestKeys.keyStore(Files.createDirectory(dir.resolve("a"))), TestKeys.ALIAS);
        X509Certificate lookAlike = certificate(TestKeys.lookAlikeKeyStore(Files.createDirectory(dir.resolve("b"))),
                TestKeys.ALIAS);
        Path two = TestKeys.twoKeyStore(dir);

        assertThat(lookAlike.getSubjectX500Principal()).isEqualTo(signer.getSubjectX500Principal());
        assertThat(lookAlike.getPublicKey()).isNotEqualTo(signer.getPublicKey());
        assertThat(certificate(two, TestKeys.ALIAS)).isEqualTo(signer);
        assertThat(certificate(two, TestKeys.SECOND_ALIAS).getPublicKey()).isNotIn(signer.getPublicKey(),
                lookAlike.getPublicKey());
    }

    @Test
    void kindsOfCertificateShareAKeyUnlessAskedForAnother() throws Exception {
        TestCertificates.Made first = TestCertificates.make(TestCertificates.rsa(2048), dir);
        TestCertificates.Made expired = TestCertificates.make(TestCertificates.rsa(2048)
                .validity(java.time.Instant.EPOCH, java.time.Instant.EPOCH.plusSeconds(60)), dir);
        TestCertificates.Made other = TestCertificates.make(TestCertificates.rsa(2048).otherKey(), dir);

        assertThat(expired.pair().getPublic()).isEqualTo(first.pair().getPublic());
        assertThat(expired.cert()).isNotEqualTo(first.cert());
        assertThat(other.pair().getPublic()).isNotEqualTo(first.pair().getPublic());
    }

    @Test
    void everyStoredKeyIsThereAndDifferent() {
        java.util.List<String> names = new java.util.ArrayList<>(TestKeys.keyNames());
        TestCertificates.storedKinds().forEach(k -> names.add(k.keyName()));
        assertThat(names.stream().map(n -> StoredTestKeys.get(n).orElseThrow().getPublic()).distinct())
                .hasSize(names.size());
    }

    private static X509Certificate certificate(Path store, String alias) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, TestKeys.PASSWORD.toCharArray());
        }
        return (X509Certificate) ks.getCertificate(alias);
    }
}
