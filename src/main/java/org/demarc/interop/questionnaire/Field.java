package org.demarc.interop.questionnaire;

import java.time.LocalDate;

import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Messages;
import org.demarc.model.Remediation;

/** An answer field a respondent fills in, and how it reads and writes an {@link Answer}. */
public enum Field {
    STATUS, JUSTIFICATION, FINDING, OWNER, DUE_DATE;

    /** The heading of the field's column. */
    public String label() {
        return Column.of(this).label();
    }

    /**
     * The field's value in a canonical text form: the status's name, the text, the ISO date;
     * empty when there is no answer or no value. Equal forms mean equal values.
     */
    public String canonical(Answer a) {
        if (a == null) {
            return "";
        }
        return switch (this) {
            case STATUS -> a.status().name();
            case JUSTIFICATION -> a.justification();
            case FINDING -> a.finding();
            case OWNER -> a.owner();
            case DUE_DATE -> a.remediation().dueDate() == null ? "" : a.remediation().dueDate().toString();
        };
    }

    /** How the value reads to a person: the status's label, the text or the date. */
    public static String display(Field f, String canonical) {
        if (f == STATUS && !canonical.isEmpty()) {
            return Messages.get("status." + canonical);
        }
        return canonical;
    }

    /** The answer with this field set from its canonical form (a valid one: checked by the reader). */
    public Answer apply(Answer a, String canonical) {
        return switch (this) {
            case STATUS -> a.withStatus(AnswerStatus.valueOf(canonical));
            case JUSTIFICATION -> a.withJustification(canonical);
            case FINDING -> a.withFinding(canonical);
            case OWNER -> a.withOwner(canonical);
            case DUE_DATE -> {
                Remediation r = a.remediation();
                LocalDate due = canonical.isEmpty() ? null : LocalDate.parse(canonical);
                yield a.withRemediation(new Remediation(r.action(), r.owner(), due));
            }
        };
    }
}
