package org.demarc.report.sign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HexFormat;

import org.bouncycastle.asn1.ASN1InputStream;
import org.demarc.model.Messages;

/**
 * The one part of a signed PDF its signature does not cover: the gap between the two parts of the
 * byte range. It must be exactly the {@code /Contents} hex string, {@code <} to {@code >}, holding
 * one encoded CMS object followed by zero padding only. Anything else there (a changed padding
 * digit, bytes that are not hex, a second object) could be changed without breaking the signature,
 * so it fails.
 */
final class ContentsGap {
    /** The encoded bytes of the CMS object in the gap, or why the gap is not a plain /Contents string (ready to show). */
    record Result(byte[] cms, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    private ContentsGap() {
    }

    /**
     * @param range      the signature's /ByteRange
     * @param dictionary the /Contents string as the signature dictionary holds it
     */
    static Result of(byte[] pdf, int[] range, byte[] dictionary) {
        if (range.length != 4 || range[0] != 0 || range[1] < 0 || range[2] < range[1] + 2 || range[3] < 0
                || (long) range[2] + range[3] > pdf.length) {
            return failed("report.verify.gap.range");
        }
        int open = range[1];
        int close = range[2] - 1;
        if (pdf[open] != '<' || pdf[close] != '>') {
            return failed("report.verify.gap.delimiters");
        }
        String hex = new String(pdf, open + 1, close - open - 1, java.nio.charset.StandardCharsets.US_ASCII);
        if (hex.length() % 2 != 0 || !hex.chars().allMatch(ContentsGap::isHex)) {
            return failed("report.verify.gap.hex");
        }
        byte[] bytes = HexFormat.of().parseHex(hex);
        if (!Arrays.equals(bytes, dictionary)) {
            return failed("report.verify.gap.dictionary");
        }
        // The length the object's own encoding gives (definite, or up to its end-of-contents octets).
        int length;
        ByteArrayInputStream counted = new ByteArrayInputStream(bytes);
        try (ASN1InputStream in = new ASN1InputStream(counted, bytes.length)) {
            length = in.readObject() == null ? 0 : bytes.length - counted.available();
        } catch (IOException | RuntimeException e) {
            length = 0;
        }
        if (length == 0) {
            return failed("report.verify.gap.der");
        }
        byte[] cms = Arrays.copyOf(bytes, length);
        for (int i = cms.length; i < bytes.length; i++) {
            if (bytes[i] != 0) {
                return failed("report.verify.gap.padding");
            }
        }
        return new Result(cms, null);
    }

    private static Result failed(String key) {
        return new Result(null, Messages.get(key));
    }

    private static boolean isHex(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
