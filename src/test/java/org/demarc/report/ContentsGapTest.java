package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bytes a signature leaves out are its /Contents string and nothing else: no padding digit may change. */
class ContentsGapTest {
    @TempDir
    static Path dir;
    static byte[] signed;
    static int[] range;

    @BeforeAll
    static void sign() throws Exception {
        signed = new ReportExporter().sign(Reports.render(Reports.signedOffSample()),
                new SigningKey(TestKeys.keyStore(dir), TestKeys.ALIAS, TestKeys.PASSWORD.toCharArray()));
        try (PDDocument doc = Loader.loadPDF(signed)) {
            range = doc.getSignatureDictionaries().get(0).getByteRange();
        }
    }

    @Test
    void theSignedReportVerifies() throws IOException {
        assertThat(ReportVerifier.verify(signed, Reports.signedOffSample()).passed()).isTrue();
        assertThat((char) signed[range[1]]).isEqualTo('<');
        assertThat((char) signed[range[2] - 1]).isEqualTo('>');
    }

    @Test
    void oneChangedPaddingDigitFails() throws IOException {
        int lastDigit = range[2] - 2;
        assertThat((char) signed[lastDigit]).isEqualTo('0');
        for (char digit : new char[] {'1', 'f', 'F'}) {
            byte[] tampered = signed.clone();
            tampered[lastDigit] = (byte) digit;
            var v = ReportVerifier.verify(tampered, Reports.signedOffSample());
            assertThat(v.passed()).as("padding digit %s", digit).isFalse();
            assertThat(v.findings()).contains("UNSIGNED BYTES: the /Contents string holds other bytes after the"
                    + " signature object than the zero padding.");
        }
    }

    @Test
    void aByteChangedInsideTheSignatureObjectOrJustOutsideTheGapFails() throws IOException {
        // Inside the signature object (its start and well into it), and the bytes either side of the gap.
        int[] positions = {range[1] + 40, range[1] - 1, range[2], range[1] + 400};
        for (int pos : positions) {
            byte[] tampered = signed.clone();
            tampered[pos] = (byte) (tampered[pos] == '7' ? '8' : '7');
            ReportVerifier.Verification v;
            try {
                v = ReportVerifier.verify(tampered, Reports.signedOffSample());
            } catch (IOException unreadable) {
                continue; // a file that no longer parses as PDF fails too
            }
            assertThat(v.passed()).as("byte %d changed", pos).isFalse();
        }
    }

    @Test
    void aCertificateWhoseNamesWereEditedInsideTheSignatureFails() throws IOException {
        // The certificate beside the signature is not covered by the signature value; only the
        // signed signing-certificate attribute ties it. "Dana" becomes "Dane" in the subject name.
        String gap = new String(signed, range[1], range[2] - range[1], java.nio.charset.StandardCharsets.US_ASCII);
        String dana = "44616E61";
        int issuer = gap.indexOf(dana);
        int subject = gap.indexOf(dana, issuer + 1);
        assertThat(subject).as("the subject name in the certificate").isPositive();
        byte[] tampered = signed.clone();
        tampered[range[1] + subject + dana.length() - 1] = '5';
        var v = ReportVerifier.verify(tampered, Reports.signedOffSample());
        assertThat(v.passed()).isFalse();
        assertThat(String.join("\n", v.findings())).contains("Dane Whitfield")
                .contains("not the one the signer signed for").doesNotContain("Signature intact");
    }
}
