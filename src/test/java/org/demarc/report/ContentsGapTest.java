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
        int[] positions = {range[1] + 40, range[1] - 1, range[2], range[1] + range[1] / 2};
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
}
