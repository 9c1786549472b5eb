package org.demarc.interop.questionnaire;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.demarc.io.Problem;

/**
 * What a respondent sent back, as read from the workbook: which assessment it belongs to, and per
 * question row the value of each answer field with its cell. Nothing is compared with the
 * assessment yet; that is {@link ImportPreview}'s job. {@code exportId} names the export's event in
 * the project; empty for a workbook of format 1, whose row hashes cannot be verified.
 */
public record ReturnedQuestionnaire(String identity, String fingerprint, String exportId, String title, String client,
                                    Instant exported, List<Row> rows, List<Problem> warnings) {
    public ReturnedQuestionnaire {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(exportId, "exportId");
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    /** One question row: the control and the respondent's value of each field. */
    public record Row(String controlId, String sheet, int row, Map<Field, Value> values) {
        public Row {
            values = Map.copyOf(values);
        }
    }

    /**
     * A field as returned. {@code canonical} is the value in {@link Field#canonical} form, null when
     * the cell does not hold a valid value ({@code problem} says why, with the cell). A truncated
     * field held text too long for a cell when exported; it is never imported.
     */
    public record Value(Field field, String cell, String raw, String canonical, Problem problem, String baseHash,
                        boolean truncated) {
        /** True when the respondent changed the value that was sent out (as far as the hashes tell). */
        boolean changed(RowHashes hashes, String controlId) {
            return !truncated && !hashes.matches(controlId, field, canonical, baseHash);
        }

        Value withCanonical(String value) {
            return new Value(field, cell, raw, value, problem, baseHash, truncated);
        }

        public boolean valid() {
            return problem == null;
        }
    }
}
