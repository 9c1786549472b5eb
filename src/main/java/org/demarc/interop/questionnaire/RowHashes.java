package org.demarc.interop.questionnaire;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the hidden sheet records of each field's value at export: never the value, only a hash.
 * Since format 2 the hash is an HMAC-SHA-256 keyed with a secret kept in the project (the export's
 * history event) and bound to the export, the control and the field, so a respondent can neither
 * compute the hash of a value nor move a hash to another row. Format 1 workbooks carry a plain
 * SHA-256 prefix that anyone can recompute: their rows are unverified.
 */
final class RowHashes {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int HEX_CHARS = 32;

    private final byte[] secret;
    private final String exportId;

    private RowHashes(byte[] secret, String exportId) {
        this.secret = secret;
        this.exportId = exportId;
    }

    /** The plain hashes of a format 1 workbook. */
    static RowHashes unkeyed() {
        return new RowHashes(null, "");
    }

    static RowHashes keyed(String secretHex, String exportId) {
        return new RowHashes(HexFormat.of().parseHex(secretHex), exportId);
    }

    /** A fresh secret for one export (256 bits, hex). */
    static String newSecret() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** A fresh export id (128 bits, hex): names the export, no secret. */
    static String newId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    boolean keyed() {
        return secret != null;
    }

    String of(String controlId, Field field, String canonical) {
        if (secret == null) {
            return Hidden.sha256(canonical).substring(0, HEX_CHARS);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            String message = "demarc-questionnaire-row/2\n" + exportId + "\n" + controlId + "\n" + field.name() + "\n"
                    + canonical;
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8))).substring(0, HEX_CHARS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean matches(String controlId, Field field, String canonical, String recorded) {
        return canonical != null && java.security.MessageDigest.isEqual(
                of(controlId, field, canonical).getBytes(StandardCharsets.US_ASCII),
                recorded.getBytes(StandardCharsets.UTF_8));
    }
}
