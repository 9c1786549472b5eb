package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.demarc.assessment.ContentFingerprint;
import org.demarc.project.Samples;
import org.demarc.report.sign.SignatureCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF/A-2b (veraPDF), the PAdES signature (BouncyCastle and pdfsig), tampering, qpdf. */
@Tag("external")
class ArchivalAndSignatureTest {
    @TempDir
    static Path dir;
    static Path keyStore;
    static byte[] unsigned;
    static byte[] signed;

    @BeforeAll
    static void renderAndSign() throws Exception {
        keyStore = TestKeys.keyStore(dir);
        unsigned = Reports.render(Reports.signedOffSample());
        ReportExporter exporter = new ReportExporter(Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));
        signed = exporter.sign(unsigned, new SigningKey(keyStore, TestKeys.ALIAS, TestKeys.PASSWORD.toCharArray()));
        Reports.write("sample-signed.pdf", signed);
    }

    @Test
    void draftAndSignedOffReportsArePdfA2b() throws Exception {
        assertThat(PdfA.failures(Reports.render(Samples.webshop()))).isEmpty();
        assertThat(PdfA.failures(unsigned)).isEmpty();
    }

    @Test
    void theSignedReportStaysPdfA2b() throws Exception {
        assertThat(PdfA.failures(signed)).isEmpty();
    }

    @Test
    void signatureIsPadesBaselineBAndVerifiesWithBouncyCastle() throws Exception {
        SignatureCheck.Result r = SignatureCheck.check(signed);
        assertThat(r.signatures()).hasSize(1);
        SignatureCheck.Signature s = r.signatures().get(0);
        assertThat(s.intact()).isTrue();
        assertThat(s.coversWholeFile()).isTrue();
        assertThat(s.subFilter()).isEqualTo("ETSI.CAdES.detached");
        assertThat(s.signingCertificateAttribute()).isTrue();
        assertThat(s.signingTimeAttribute()).isFalse();
        assertThat(s.signedAt()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
        assertThat(s.signer()).isEqualTo(TestKeys.SIGNER);
        assertThat(r.fingerprint()).isEqualTo(ContentFingerprint.of(Reports.signedOffSample()));
    }

    @Test
    void signedBytesStartWithTheUnsignedReport() {
        assertThat(signed.length).isGreaterThan(unsigned.length);
        byte[] head = java.util.Arrays.copyOf(signed, unsigned.length);
        assertThat(head).isEqualTo(unsigned);
    }

    @Test
    void pdfsigReportsAValidSignatureOverTheWholeDocument() throws Exception {
        Path file = Reports.write("pdfsig-signed.pdf", signed);
        ExternalTool t = ExternalTool.run("pdfsig", ExternalTool.path(file));
        assertThat(t.output()).contains("Signature is Valid").contains("Total document signed")
                .contains("ETSI.CAdES.detached");
    }

    @Test
    void oneChangedByteFailsVerification() throws Exception {
        int[] positions = {10, unsigned.length / 3, unsigned.length / 2, unsigned.length - 10, signed.length - 5};
        for (int pos : positions) {
            byte[] tampered = signed.clone();
            tampered[pos] = (byte) (tampered[pos] == 'x' ? 'y' : 'x');
            ReportVerifier.Verification v;
            try {
                v = ReportVerifier.verify(tampered, Reports.signedOffSample());
            } catch (java.io.IOException unreadable) {
                continue; // a file that no longer parses as PDF fails too
            }
            assertThat(v.passed()).as("byte %d changed", pos).isFalse();
        }
        Path file = Reports.write("pdfsig-tampered.pdf", flip(signed, unsigned.length / 2));
        ExternalTool t = ExternalTool.run("pdfsig", ExternalTool.path(file));
        assertThat(t.output()).doesNotContain("Signature is Valid");
    }

    @Test
    void verificationPassesForTheSignedReportAndItsProject() throws Exception {
        ReportVerifier.Verification v = ReportVerifier.verify(signed, Reports.signedOffSample());
        assertThat(v.passed()).as(String.join("\n", v.findings())).isTrue();
        var e = Samples.webshop().engagement();
        ReportVerifier.Verification other = ReportVerifier.verify(signed, Samples.webshop().withEngagement(
                new org.demarc.model.Engagement("changed", e.client(), e.workload(), e.assessors(), e.startDate(),
                        e.endDate(), e.scopeStatement())));
        assertThat(other.passed()).isFalse();
    }

    @Test
    void qpdfFindsNoError() throws Exception {
        for (String name : new String[] {"qpdf-unsigned.pdf", "qpdf-signed.pdf"}) {
            Path file = Reports.write(name, name.contains("unsigned") ? unsigned : signed);
            ExternalTool t = ExternalTool.run("qpdf", "--check", ExternalTool.path(file));
            assertThat(t.exitCode()).as(t.output()).isZero();
            assertThat(t.output()).contains("No syntax or stream encoding errors");
        }
    }

    @Test
    void aWrongPasswordIsAClearErrorAndThePasswordIsWiped() {
        char[] password = "wrong".toCharArray();
        assertThatThrownBy(() -> new ReportExporter().sign(unsigned, new SigningKey(keyStore, null, password)))
                .isInstanceOf(ReportSigningException.class).hasMessageContaining("password");
        assertThat(new String(password)).isEqualTo("\0\0\0\0\0");
    }

    @Test
    void aSignedReportCannotBeSignedTwice() throws Exception {
        assertThatThrownBy(() -> new ReportExporter().sign(signed,
                new SigningKey(keyStore, TestKeys.ALIAS, TestKeys.PASSWORD.toCharArray())))
                .isInstanceOf(ReportSigningException.class);
        try (PDDocument doc = Loader.loadPDF(signed)) {
            assertThat(doc.getSignatureDictionaries()).hasSize(1);
        }
    }

    private static byte[] flip(byte[] pdf, int pos) {
        byte[] copy = pdf.clone();
        copy[pos] = (byte) (copy[pos] ^ 0x01);
        return copy;
    }
}
