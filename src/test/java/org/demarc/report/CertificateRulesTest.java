package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.demarc.model.Assessment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Only RSA of 2048 bits or more and ECDSA on P-256, P-384 and P-521, in a certificate valid at the
 * signing time and meant for signing, sign a report; anything else is refused at signing in
 * Demarc's words and reported when a report signed with it anyway is verified.
 */
class CertificateRulesTest {
    private static final String REFUSED = "the key cannot sign a Demarc report: ";

    @TempDir
    static Path dir;
    static Assessment project;
    static byte[] unsigned;

    @BeforeAll
    static void render() {
        project = Reports.signedOffSample();
        unsigned = Reports.render(project);
    }

    static Stream<Arguments> refused() {
        Instant now = Instant.now();
        return Stream.of(
                arguments("expired", TestCertificates.rsa(2048).validity(now.minus(400, ChronoUnit.DAYS),
                        now.minus(1, ChronoUnit.DAYS)), "the certificate had expired at the signing time"),
                arguments("not yet valid", TestCertificates.rsa(2048).validity(now.plus(1, ChronoUnit.DAYS),
                        now.plus(400, ChronoUnit.DAYS)), "the certificate is not valid yet at the signing time"),
                arguments("RSA 1024", TestCertificates.rsa(1024), "the RSA key has 1024 bits"),
                arguments("key encipherment only", TestCertificates.rsa(2048).usage(new KeyUsage(KeyUsage.keyEncipherment)),
                        "allows neither digital signatures nor non-repudiation"),
                arguments("serverAuth only", TestCertificates.rsa(2048).purpose(KeyPurposeId.id_kp_serverAuth),
                        "for TLS servers only"),
                arguments("Ed25519", TestCertificates.ed25519(), "the key type Ed25519 is not one Demarc signs with"),
                arguments("secp256k1", TestCertificates.ec("secp256k1", true), "the elliptic curve 1.3.132.0.10"),
                arguments("brainpoolP256r1", TestCertificates.ec("brainpoolP256r1", true),
                        "the elliptic curve 1.3.36.3.3.2.8.1.1.7"),
                arguments("DSA", TestCertificates.dsa(), "the key type DSA is not one Demarc signs with"));
    }

    /**
     * Also Ed448, refused at signing; a report signed with it anyway cannot be made here (CMS with
     * Ed448 digests with SHAKE256, which the JDK lacks).
     */
    static Stream<Arguments> refusedAtSigning() {
        return Stream.concat(refused(), Stream.of(arguments("Ed448", TestCertificates.ed448(),
                "the key type Ed448 is not one Demarc signs with")));
    }

    static Stream<Arguments> accepted() {
        return Stream.of(arguments("RSA 3072", TestCertificates.rsa(3072)),
                arguments("P-256", TestCertificates.ec("secp256r1", false)),
                arguments("P-384", TestCertificates.ec("secp384r1", false)),
                arguments("P-521", TestCertificates.ec("secp521r1", false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedAtSigning")
    void refusedAtSigningInDemarcsWords(String what, TestCertificates.Spec spec, String reason) throws Exception {
        TestCertificates.Made key = TestCertificates.make(spec, dir);
        assertThatThrownBy(() -> new ReportExporter().sign(unsigned,
                new SigningKey(key.keyStore(), TestKeys.ALIAS, TestKeys.PASSWORD.toCharArray())))
                .isInstanceOf(ReportSigningException.class)
                .hasMessageStartingWith(REFUSED)
                .hasMessageContaining(reason)
                .hasMessageNotContaining("Exception").hasMessageNotContaining("bouncycastle");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void reportedWhenAReportSignedWithItAnywayIsVerified(String what, TestCertificates.Spec spec, String reason)
            throws Exception {
        TestCertificates.Made key = TestCertificates.make(spec, dir);
        byte[] pdf = ReportAttacks.signWith(unsigned, key.pair().getPrivate(), key.cert(), key.algorithm(),
                spec.bouncyCastle() ? TestCertificates.BC : null);
        var v = ReportVerifier.verify(pdf, project);
        assertThat(v.passed()).as(String.join("\n", v.findings())).isFalse();
        assertThat(v.findings()).anyMatch(f -> f.startsWith("UNUSABLE CERTIFICATE: ") && f.contains(reason))
                .noneMatch(f -> f.contains("Exception") || f.contains("bouncycastle"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void signsAndVerifies(String what, TestCertificates.Spec spec) throws Exception {
        TestCertificates.Made key = TestCertificates.make(spec, dir);
        byte[] pdf = new ReportExporter().sign(unsigned,
                new SigningKey(key.keyStore(), TestKeys.ALIAS, TestKeys.PASSWORD.toCharArray()));
        var v = ReportVerifier.verify(pdf, project);
        assertThat(v.passed()).as(String.join("\n", v.findings())).isTrue();
    }
}
