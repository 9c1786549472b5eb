package org.demarc.interop.questionnaire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.demarc.model.Assessment;
import org.demarc.model.HistoryEvent;

/**
 * The hidden sheet that ties a questionnaire to its assessment and its rows to control ids. Column
 * A holds a key, the following columns its values; question rows follow a {@link #ROWS} line.
 */
final class Hidden {
    static final String SHEET = "_demarc";
    static final String FORMAT = "demarc-questionnaire";
    static final int VERSION = 1;

    static final String KEY_FORMAT = "format";
    static final String KEY_ASSESSMENT = "assessment";
    static final String KEY_FINGERPRINT = "fingerprint";
    static final String KEY_TITLE = "title";
    static final String KEY_CLIENT = "client";
    static final String KEY_EXPORTED = "exported";
    static final String KEY_COLUMNS = "columns";
    static final String KEY_HEADERS = "headers";
    static final String KEY_STATUSES = "statuses";
    static final String KEY_STATUS_LABELS = "statusLabels";
    static final String KEY_SHEETS = "sheets";
    /** Followed by one line per question: sheet, row (1-based), control id, then per field its base hash and a truncation mark. */
    static final String ROWS = "rows";

    private Hidden() {
    }

    /**
     * What stays the same while an assessment is edited: its first history event (when, what and by
     * whom it was created or carried forward). The content fingerprint changes with every answer.
     */
    static String identity(Assessment a) {
        String basis = a.history().isEmpty()
                ? "engagement\n" + a.engagement().title() + "\n" + a.engagement().client()
                : origin(a.history().get(0));
        return sha256("demarc-assessment-identity/1\n" + a.catalog().id() + "\n" + basis);
    }

    private static String origin(HistoryEvent e) {
        return e.at() + "\n" + e.kind().name() + "\n" + e.actor();
    }

    /** What the hidden sheet records of a field's value at export: never the value itself. */
    static String hash(String canonical) {
        return sha256(canonical).substring(0, 32);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
