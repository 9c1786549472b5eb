package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.demarc.assessment.ContentFingerprint;
import org.demarc.model.Assessment;
import org.demarc.model.Engagement;
import org.demarc.report.sign.SignatureCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Demarc report carries exactly one signature over the whole file: a revision added after it,
 * with or without a second signature by a look-alike certificate, fails verification; the
 * fingerprint is read from the signed revision; every signature is named with what it covers.
 */
class TwoSignaturesTest {
    @TempDir
    static Path dir;
    static Assessment original;
    static Assessment edited;
    static byte[] signed;
    static byte[] painted;
    static Path lookAlike;

    @BeforeAll
    static void signAndAttack() throws Exception {
        original = Reports.signedOffSample();
        Engagement e = original.engagement();
        edited = original.withEngagement(new Engagement(e.title() + " (edited)", e.client(), e.workload(),
                e.assessors(), e.startDate(), e.endDate(), e.scopeStatement()));
        Path auditor = TestKeys.keyStore(Files.createDirectory(dir.resolve("auditor")));
        lookAlike = TestKeys.lookAlikeKeyStore(Files.createDirectory(dir.resolve("attacker")));
        signed = new ReportExporter().sign(Reports.render(original),
                new SigningKey(auditor, TestKeys.ALIAS, TestKeys.PASSWORD.toCharArray()));
        painted = ReportAttacks.paintOverAndSwapFingerprint(signed, ContentFingerprint.of(original),
                ContentFingerprint.of(edited));
    }

    @Test
    void aPaintedCoverWithASwappedFingerprintAndASecondLookAlikeSignatureFails() throws Exception {
        byte[] attacked = ReportAttacks.countersign(painted, lookAlike);
        Reports.write("attack-second-signature.pdf", attacked);
        assertThat(Reports.text(attacked)).contains(ReportAttacks.PAINTED);
        assertThat(SignatureCheck.check(attacked).signatures()).hasSize(2)
                .allSatisfy(s -> assertThat(s.intact()).isTrue());

        var v = ReportVerifier.verify(attacked, edited);
        assertThat(v.passed()).as(String.join("\n", v.findings())).isFalse();
        assertThat(v.findings()).anyMatch(f -> f.startsWith("Signature 1 of 2, by " + TestKeys.SIGNER + ", covers bytes 0\u2013")
                        && f.endsWith("(revision 2 of 4 of the file): NOT the whole file."))
                .anyMatch(f -> f.startsWith("Signature 2 of 2, by " + TestKeys.SIGNER + ", covers bytes 0\u2013")
                        && f.endsWith("(revision 4 of 4 of the file): the whole file."))
                .anyMatch(f -> f.startsWith("MORE THAN ONE SIGNATURE"))
                .anyMatch(f -> f.startsWith("FINGERPRINT DIFFERS: the report was made from content "
                        + ContentFingerprint.of(original)))
                .noneMatch(f -> f.startsWith("Fingerprint matches"));
    }

    @Test
    void anIncrementalUpdateWithoutASecondSignatureFailsAndTheFingerprintComesFromTheSignedRevision()
            throws Exception {
        assertThat(Reports.text(painted)).contains(ReportAttacks.PAINTED);
        var v = ReportVerifier.verify(painted, edited);
        assertThat(v.passed()).isFalse();
        assertThat(v.reportFingerprint()).isEqualTo(ContentFingerprint.of(original));
        assertThat(v.findings()).anyMatch(f -> f.startsWith("NOT COVERED"))
                .anyMatch(f -> f.endsWith("(revision 2 of 3 of the file): NOT the whole file."))
                .anyMatch(f -> f.startsWith("FINGERPRINT DIFFERS"));

        var withOriginal = ReportVerifier.verify(painted, original);
        assertThat(withOriginal.passed()).isFalse();
        assertThat(withOriginal.findings()).anyMatch(f -> f.startsWith("NOT COVERED"));
    }

    @Test
    void aSecondSignatureAloneFails() throws Exception {
        byte[] twice = ReportAttacks.countersign(signed, lookAlike);
        var v = ReportVerifier.verify(twice, original);
        assertThat(v.passed()).isFalse();
        assertThat(v.findings()).anyMatch(f -> f.startsWith("MORE THAN ONE SIGNATURE"))
                .filteredOn(f -> f.startsWith("Signature intact")).hasSize(2);
    }

    @Test
    void bytesAppendedAfterTheSignatureFail() throws Exception {
        assertThat(ReportVerifier.verify(signed, original).passed()).isTrue();
        byte[] appended = java.util.Arrays.copyOf(signed, signed.length + 30);
        System.arraycopy("\n% appended after signing\n%%EOF\n".getBytes(), 0, appended, signed.length, 30);
        var after = ReportVerifier.verify(appended, original);
        assertThat(after.passed()).isFalse();
        assertThat(after.findings()).anyMatch(f -> f.startsWith("NOT COVERED"));
    }
}
