package org.demarc.interop.questionnaire;

import org.demarc.model.Messages;

/** The columns of a domain sheet, in order. Read-only columns show the catalog; the rest are {@link Field}s. */
public enum Column {
    CONTROL("questionnaire.column.control", 10, null),
    TITLE("questionnaire.column.title", 24, null),
    QUESTION("questionnaire.column.question", 48, null),
    GUIDANCE("questionnaire.column.guidance", 48, null),
    CUSTOMER_PART("questionnaire.column.customerPart", 40, null),
    SERVICES("questionnaire.column.services", 22, null),
    STATUS("questionnaire.column.status", 18, Field.STATUS),
    JUSTIFICATION("questionnaire.column.justification", 30, Field.JUSTIFICATION),
    FINDING("questionnaire.column.finding", 48, Field.FINDING),
    OWNER("questionnaire.column.owner", 18, Field.OWNER),
    DUE_DATE("questionnaire.column.dueDate", 13, Field.DUE_DATE);

    private final String labelKey;
    private final int width;
    private final Field field;

    Column(String labelKey, int width, Field field) {
        this.labelKey = labelKey;
        this.width = width;
        this.field = field;
    }

    public String label() {
        return Messages.get(labelKey);
    }

    /** Width in characters. */
    int width() {
        return width;
    }

    /** The answer field a respondent fills in here; null for a read-only column. */
    public Field field() {
        return field;
    }

    public static Column of(Field f) {
        for (Column c : values()) {
            if (c.field == f) {
                return c;
            }
        }
        throw new IllegalArgumentException(f.name());
    }

    /** Column letters as a spreadsheet shows them (A, B, …). */
    public String letter() {
        return String.valueOf((char) ('A' + ordinal()));
    }
}
