package org.demarc.interop.questionnaire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.demarc.model.Assessment;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;

/**
 * The hidden sheet that ties a questionnaire to its assessment and its rows to control ids. Column
 * A holds a key, the following columns its values; question rows follow a {@link #ROWS} line.
 */
final class Hidden {
    static final String SHEET = "_demarc";
    static final String FORMAT = "demarc-questionnaire";
    /** 2: row hashes keyed with the export's secret (see {@link RowHashes}); 1: plain hashes, still read. */
    static final int VERSION = 2;
    static final int UNKEYED_VERSION = 1;

    static final String KEY_FORMAT = "format";
    static final String KEY_ASSESSMENT = "assessment";
    static final String KEY_FINGERPRINT = "fingerprint";
    /** The export's id, naming its QUESTIONNAIRE_SENT event in the project (format 2). */
    static final String KEY_EXPORT = "export";
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
        // A questionnaire sent from a project without history must not change the project's identity.
        HistoryEvent first = a.history().stream().filter(e -> e.kind() != HistoryKind.QUESTIONNAIRE_SENT)
                .findFirst().orElse(null);
        String basis = first == null
                ? "engagement\n" + a.engagement().title() + "\n" + a.engagement().client()
                : origin(first);
        return sha256("demarc-assessment-identity/1\n" + a.catalog().id() + "\n" + basis);
    }

    private static String origin(HistoryEvent e) {
        return e.at() + "\n" + e.kind().name() + "\n" + e.actor();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
