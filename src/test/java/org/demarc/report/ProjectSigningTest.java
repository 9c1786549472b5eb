package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.demarc.assessment.ContentFingerprint;
import org.demarc.assessment.SignOffs;
import org.demarc.model.Assessment;
import org.demarc.model.Signatory;
import org.demarc.project.Samples;
import org.demarc.report.sign.ContentSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Digital signatures of signed-off assessments: what signs, what verifies, what is refused. */
class ProjectSigningTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @TempDir
    Path dir;

    @Test
    void aSignatureOverTheContentNamesTheSignerAndItsMessageDigestIsTheFingerprint() throws Exception {
        Assessment signed = ProjectSigning.sign(signedOff(), key(TestKeys.keyStore(dir)), NOW);
        ProjectSigning.Status status = ProjectSigning.status(signed);
        assertThat(status.kind()).isEqualTo(ProjectSigning.Kind.VALID);
        assertThat(status.signer()).isEqualTo(TestKeys.SIGNER);
        assertThat(status.signedAt()).isEqualTo(NOW);
        assertThat(status.summary()).contains("Digitally signed by " + TestKeys.SIGNER);
        ContentSignature.Check check = ContentSignature.check(signed.signOff().signature(),
                ContentFingerprint.canonicalForm(signed));
        assertThat(check.signedFingerprint()).isEqualTo(signed.signOff().fingerprint());
    }

    @Test
    void anEcP256KeySignsToo() throws Exception {
        TestCertificates.Made ec = TestCertificates.make(TestCertificates.ec("secp256r1", false), dir);
        Assessment signed = ProjectSigning.sign(signedOff(), key(ec.keyStore()), NOW);
        assertThat(ProjectSigning.status(signed).kind()).isEqualTo(ProjectSigning.Kind.VALID);
    }

    @Test
    void aSignatureWhoseCertificateIsNotTheSigningKeysDoesNotHold() throws Exception {
        TestCertificates.Made signer = TestCertificates.make(TestCertificates.rsa(2048), dir);
        TestCertificates.Made other = TestCertificates.make(TestCertificates.rsa(2048).otherKey(), dir);
        assertThat(other.cert().getPublicKey()).isNotEqualTo(signer.pair().getPublic());
        Assessment a = signedOff();
        String mismatched = ContentSignature.sign(ContentFingerprint.canonicalForm(a), signer.pair().getPrivate(),
                List.of(other.cert()), NOW);
        ProjectSigning.Status status = ProjectSigning.status(a.withSignOff(a.signOff().withSignature(mismatched)));
        assertThat(status.kind()).isEqualTo(ProjectSigning.Kind.INVALID);
        assertThat(status.problems()).anySatisfy(p -> assertThat(p).contains("does not match its certificate"));
    }

    @Test
    void contentChangedAfterSigningIsToldApartFromTampering() throws Exception {
        Assessment signed = ProjectSigning.sign(signedOff(), key(TestKeys.keyStore(dir)), NOW);
        Assessment edited = signed.withEngagement(signed.engagement().withClient("Southwind"));
        ProjectSigning.Status status = ProjectSigning.status(edited);
        assertThat(status.kind()).isEqualTo(ProjectSigning.Kind.CONTENT_CHANGED);
        assertThat(status.summary()).contains("SIGNATURE NO LONGER MATCHES", TestKeys.SIGNER);

        ProjectSigning.Status garbage = ProjectSigning.status(signed.withSignOff(signed.signOff().withSignature("AAAA")));
        assertThat(garbage.kind()).isEqualTo(ProjectSigning.Kind.INVALID);
        assertThat(garbage.summary()).contains("cannot be checked");
        assertThat(ProjectSigning.status(signedOff()).kind()).isEqualTo(ProjectSigning.Kind.NOT_SIGNED);
    }

    @Test
    void keysTheReportRulesRefuseAreRefusedHereAndTheAssessmentMustBeSignedOff() throws Exception {
        TestCertificates.Made weak = TestCertificates.make(TestCertificates.rsa(1024), dir);
        assertThatThrownBy(() -> ProjectSigning.sign(signedOff(), key(weak.keyStore()), NOW))
                .isInstanceOf(ReportSigningException.class).hasMessageContaining("1024");
        TestCertificates.Made expired = TestCertificates.make(TestCertificates.rsa(2048)
                .validity(NOW.minus(400, ChronoUnit.DAYS), NOW.minus(30, ChronoUnit.DAYS)), dir);
        assertThatThrownBy(() -> ProjectSigning.sign(signedOff(), key(expired.keyStore()), NOW))
                .isInstanceOf(ReportSigningException.class).hasMessageContaining("expired");
        assertThatThrownBy(() -> ProjectSigning.sign(Samples.webshop(), key(TestKeys.keyStore(dir)), NOW))
                .isInstanceOf(ReportSigningException.class).hasMessageContaining("only a signed-off assessment");
    }

    @Test
    void theReportNamesTheSignerOfTheProjectFileAndSaysWhenTheSignatureNoLongerHolds() throws Exception {
        Assessment signed = ProjectSigning.sign(signedOff(), key(TestKeys.keyStore(dir)), NOW);
        String text = Reports.text(Reports.render(signed)).replaceAll("\\s+", " ");
        assertThat(text).contains("Project file: Digitally signed by " + TestKeys.SIGNER);
        String unsigned = Reports.text(Reports.render(signedOff())).replaceAll("\\s+", " ");
        assertThat(unsigned).doesNotContain("Project file:");
        Assessment edited = signed.withEngagement(signed.engagement().withClient("Southwind"));
        assertThat(Reports.text(Reports.render(edited)).replaceAll("\\s+", " "))
                .contains("Project file: SIGNATURE NO LONGER MATCHES");
    }

    @Test
    void opensslVerifiesTheSignatureOverTheCanonicalFormAsTheDecisionRecordSays() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(Path.of("/usr/bin/openssl")),
                "openssl is not installed here");
        Assessment signed = ProjectSigning.sign(signedOff(), key(TestKeys.keyStore(dir)), NOW);
        Path sig = java.nio.file.Files.write(dir.resolve("sig.der"),
                java.util.Base64.getDecoder().decode(signed.signOff().signature()));
        Path content = java.nio.file.Files.write(dir.resolve("content.bin"), ContentFingerprint.canonicalForm(signed));
        ExternalTool ok = ExternalTool.run("openssl", "cms", "-verify", "-inform", "DER", "-in", ExternalTool.path(sig),
                "-content", ExternalTool.path(content), "-binary", "-noverify", "-out", "/dev/null");
        assertThat(ok.exitCode()).as(ok.output()).isZero();
        java.nio.file.Files.write(content, ContentFingerprint.canonicalForm(
                signed.withEngagement(signed.engagement().withClient("Southwind"))));
        ExternalTool changed = ExternalTool.run("openssl", "cms", "-verify", "-inform", "DER", "-in",
                ExternalTool.path(sig), "-content", ExternalTool.path(content), "-binary", "-noverify", "-out", "/dev/null");
        assertThat(changed.exitCode()).isNotZero();
    }

    private static SigningKey key(Path keyStore) {
        return new SigningKey(keyStore, null, TestKeys.PASSWORD.toCharArray());
    }

    private static Assessment signedOff() {
        return SignOffs.signOff(Samples.webshop(), List.of(new Signatory("Dana Whitfield", "CISO", "Northwind",
                LocalDate.of(2026, 11, 20), "Agreed.")), Instant.parse("2026-11-20T15:00:00Z"), "Alex");
    }
}
