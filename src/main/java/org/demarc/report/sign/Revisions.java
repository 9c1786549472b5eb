package org.demarc.report.sign;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/** Revisions of a PDF (each incremental update ends with its own {@code %%EOF}) and signing-key ids. */
final class Revisions {
    private static final byte[] EOF = {'%', '%', 'E', 'O', 'F'};

    private Revisions() {
    }

    /** How many revisions end within the first {@code length} bytes. */
    static int count(byte[] pdf, long length) {
        int end = (int) Math.min(length, pdf.length);
        int n = 0;
        for (int i = 0; i + EOF.length <= end; i++) {
            if (pdf[i] == '%' && matches(pdf, i)) {
                n++;
                i += EOF.length - 1;
            }
        }
        return n;
    }

    private static boolean matches(byte[] pdf, int at) {
        for (int k = 0; k < EOF.length; k++) {
            if (pdf[at + k] != EOF[k]) {
                return false;
            }
        }
        return true;
    }

    static String keyId(X509Certificate cert) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getPublicKey().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
