package org.demarc.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.demarc.io.JsonOut;
import org.demarc.model.Assessment;

/**
 * The one definition of an assessment's content fingerprint, used by sign-off, the report and
 * verification: SHA-256 (lower-case hex) over the UTF-8 bytes of
 * {@code "demarc-content/1\n"} followed by the compact JSON of engagement, scope, answers and the
 * catalog snapshot, in file member order. Sign-off and history are excluded, so signing does not
 * change what was signed. File formatting does not matter; content does.
 */
public final class ContentFingerprint {
    static final String CANONICAL_PREFIX = "demarc-content/1\n";

    private ContentFingerprint() {
    }

    public static String of(Assessment assessment) {
        return sha256(canonicalForm(assessment));
    }

    /** The exact bytes that are hashed, for anyone who wants to check the fingerprint by hand. */
    public static byte[] canonicalForm(Assessment assessment) {
        String json = JsonOut.compact(AssessmentContentJson.writeFingerprintedContent(assessment));
        return (CANONICAL_PREFIX + json).getBytes(StandardCharsets.UTF_8);
    }

    /** The first 12 hex digits, as printed in page footers. */
    public static String shortForm(String fingerprint) {
        return fingerprint.length() <= 12 ? fingerprint : fingerprint.substring(0, 12);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
