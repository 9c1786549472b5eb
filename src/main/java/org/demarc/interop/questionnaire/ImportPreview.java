package org.demarc.interop.questionnaire;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.demarc.io.InvalidFileException;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.model.HistoryEvent;
import org.demarc.model.QuestionnaireSent;
import org.demarc.io.Problem;
import org.demarc.assessment.ContentFingerprint;
import org.demarc.assessment.analysis.AssessmentAnalysis;

/**
 * What importing a returned questionnaire would change, control by control, before anything
 * changes. Each field is compared three ways: the value sent out (its hash in the workbook), the
 * respondent's value and the assessment's value now. A field the respondent changed is proposed;
 * if the assessment's value also changed since the export, and differently, it is a conflict.
 * A pure function of the assessment and the workbook's content.
 * <p>
 * The export's event in the project says which controls went out and holds the key of the row
 * hashes: a row for any other control is invalid, and a base hash the key does not give for the
 * assessment's value counts as "changed in Demarc", so the row is a conflict, never taken by
 * default. A workbook of format 1 (no key) is {@linkplain #verified() unverified}: its rows can
 * be chosen one by one, none is taken by default.
 */
public record ImportPreview(String questionnaireTitle, Instant exported, boolean assessmentChangedSinceExport,
                            List<Change> changes, int unchanged, List<Problem> warnings, boolean verified) {

    public enum Kind {
        /** The control had no answer; the respondent gave one. */
        NEW,
        /** The respondent changed an answer that nobody changed in Demarc since the export. */
        CHANGED,
        /** The answer was changed in Demarc since the export, and the respondent's differs. */
        CONFLICT,
        /** The row cannot be imported: a value is wrong (each problem names its cell). */
        INVALID
    }

    /** One field the respondent changed: the assessment's value now and theirs, in display form. */
    public record FieldChange(Field field, String cell, String current, String proposed, boolean conflict) {
    }

    /**
     * One control: what kind of change, the answer now (null if none) and the answer it would
     * become (null when invalid), the fields concerned and, when invalid, what is wrong.
     */
    public record Change(String controlId, String title, String sheet, int row, Kind kind, Answer current,
                         Answer proposed, List<FieldChange> fields, List<Problem> problems) {
        public Change {
            Objects.requireNonNull(kind, "kind");
            fields = List.copyOf(fields);
            problems = List.copyOf(problems);
        }

        public boolean acceptable() {
            return kind != Kind.INVALID;
        }
    }

    public ImportPreview {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }

    /**
     * Compares a returned questionnaire with the assessment. Refused when it belongs to another
     * assessment or the assessment is signed off. {@code today} becomes the answers' last-confirmed date.
     */
    public static ImportPreview of(Assessment a, ReturnedQuestionnaire q, LocalDate today) throws InvalidFileException {
        if (!Hidden.identity(a).equals(q.identity())) {
            throw new InvalidFileException(Problem.error("", "questionnaire.otherAssessment", q.title(), q.client(),
                    q.exported() == null ? "?" : q.exported().toString(), a.engagement().title()));
        }
        if (a.isSignedOff()) {
            throw new InvalidFileException(Problem.error("", "questionnaire.signedOff", a.engagement().title()));
        }
        QuestionnaireSent sent = null;
        RowHashes hashes = RowHashes.unkeyed();
        List<Problem> warnings = new ArrayList<>(q.warnings());
        if (q.exportId().isEmpty()) {
            warnings.add(Problem.warning("", "questionnaire.unverified"));
        } else {
            sent = sentIn(a, q.exportId());
            if (sent == null) {
                throw new InvalidFileException(Problem.error("", "questionnaire.notRecorded", q.title(),
                        q.exported() == null ? "?" : q.exported().toString(), a.engagement().title()));
            }
            hashes = RowHashes.keyed(sent.secret(), sent.id());
        }
        AssessmentAnalysis analysis = new AssessmentAnalysis(a);
        Set<String> asked = new HashSet<>();
        analysis.asked().forEach(c -> asked.add(c.id()));
        List<Change> changes = new ArrayList<>();
        int unchanged = 0;
        for (ReturnedQuestionnaire.Row row : q.rows()) {
            Change c = sent != null && !sent.controls().contains(row.controlId()) ? notSent(a, row)
                    : compare(a, asked, resolved(row, hashes), hashes, today);
            if (c == null) {
                unchanged++;
            } else {
                changes.add(c);
            }
        }
        return new ImportPreview(q.title(), q.exported(), !ContentFingerprint.of(a).equals(q.fingerprint()), changes,
                unchanged, warnings, hashes.keyed());
    }

    /** The export's record in the project, by the id the workbook names; null when there is none. */
    private static QuestionnaireSent sentIn(Assessment a, String exportId) {
        return a.history().stream().map(HistoryEvent::questionnaire).filter(Objects::nonNull)
                .filter(s -> s.id().equals(exportId)).findFirst().orElse(null);
    }

    /** A row for a control that never went out in this questionnaire: refused, whatever it says. */
    private static Change notSent(Assessment a, ReturnedQuestionnaire.Row row) {
        String cell = org.demarc.interop.xlsx.Workbooks.ref(row.sheet(), row.row() - 1, Column.CONTROL.ordinal());
        return new Change(row.controlId(), a.catalog().control(row.controlId()).map(Control::title).orElse(""),
                row.sheet(), row.row(), Kind.INVALID, a.answers().get(row.controlId()), null, List.of(),
                List.of(Problem.error(cell, "questionnaire.notSent", row.row(), row.sheet(), row.controlId())));
    }

    /** Text a respondent left exactly as sent keeps its spaces; anything else is compared stripped. */
    private static ReturnedQuestionnaire.Row resolved(ReturnedQuestionnaire.Row row, RowHashes hashes) {
        Map<Field, ReturnedQuestionnaire.Value> values = new EnumMap<>(Field.class);
        row.values().forEach((f, v) -> values.put(f, v.canonical() != null && !v.raw().equals(v.canonical())
                && hashes.matches(row.controlId(), f, v.raw(), v.baseHash()) ? v.withCanonical(v.raw()) : v));
        return new ReturnedQuestionnaire.Row(row.controlId(), row.sheet(), row.row(), values);
    }

    private static Change compare(Assessment a, Set<String> asked, ReturnedQuestionnaire.Row row, RowHashes hashes,
                                  LocalDate today) {
        Answer current = a.answers().get(row.controlId());
        String title = a.catalog().control(row.controlId()).map(Control::title).orElse("");
        List<ReturnedQuestionnaire.Value> changed = row.values().values().stream()
                .filter(v -> v.changed(hashes, row.controlId()))
                .sorted(java.util.Comparator.comparing(ReturnedQuestionnaire.Value::field))
                .toList();
        if (changed.isEmpty()) {
            return null;
        }
        List<Problem> problems = new ArrayList<>();
        changed.stream().map(ReturnedQuestionnaire.Value::problem).filter(Objects::nonNull).forEach(problems::add);
        changed.stream().filter(v -> v.field() == Field.STATUS && v.canonical() != null && !v.canonical().isEmpty()
                        && !QuestionnaireExport.STATUSES.contains(AnswerStatus.valueOf(v.canonical())))
                .forEach(v -> problems.add(Problem.error(v.cell(), "questionnaire.badStatus", v.raw(),
                        QuestionnaireReader.allowedLabels())));
        List<FieldChange> fields = new ArrayList<>();
        boolean conflict = false;
        for (ReturnedQuestionnaire.Value v : changed) {
            String now = v.field().canonical(current);
            // Also true for a base hash nobody could have made with the key: then never taken by default.
            boolean changedInDemarc = !hashes.matches(row.controlId(), v.field(), now, v.baseHash());
            boolean differs = v.canonical() == null || !v.canonical().equals(now);
            if (!differs) {
                // The assessment already holds what the respondent wrote.
                continue;
            }
            boolean fieldConflict = changedInDemarc;
            conflict |= fieldConflict;
            fields.add(new FieldChange(v.field(), v.cell(), Field.display(v.field(), now),
                    v.canonical() == null ? v.raw() : Field.display(v.field(), v.canonical()), fieldConflict));
        }
        String statusCell = row.values().get(Field.STATUS).cell();
        if (fields.isEmpty() && problems.isEmpty()) {
            return null;
        }
        if (!asked.contains(row.controlId())) {
            problems.add(Problem.error(statusCell, a.catalog().control(row.controlId()).isPresent()
                    ? "questionnaire.notAsked" : "questionnaire.unknownControl", row.controlId()));
        }
        Answer proposed = null;
        if (problems.isEmpty()) {
            proposed = proposed(current, fields, row, today);
            if (proposed == null) {
                problems.add(Problem.error(statusCell, current == null ? "questionnaire.statusMissing"
                        : "questionnaire.statusCleared", row.controlId()));
            } else if (proposed.missingJustification()) {
                problems.add(Problem.error(row.values().get(Field.JUSTIFICATION).cell(),
                        "questionnaire.justificationMissing", Field.display(Field.STATUS, proposed.status().name())));
                proposed = null;
            }
        }
        Kind kind = !problems.isEmpty() ? Kind.INVALID : conflict ? Kind.CONFLICT
                : current == null ? Kind.NEW : Kind.CHANGED;
        return new Change(row.controlId(), title, row.sheet(), row.row(), kind, current,
                problems.isEmpty() ? proposed : null, fields, problems);
    }

    /** The current answer with the respondent's changed fields; null when that leaves no status. */
    private static Answer proposed(Answer current, List<FieldChange> fields, ReturnedQuestionnaire.Row row,
                                   LocalDate today) {
        String status = row.values().get(Field.STATUS).canonical();
        if (status == null || status.isEmpty()) {
            boolean statusTouched = fields.stream().anyMatch(f -> f.field() == Field.STATUS);
            if (current == null || statusTouched) {
                return null;
            }
        }
        Answer a = current != null ? current : Answer.of(AnswerStatus.valueOf(status));
        for (FieldChange f : fields) {
            a = f.field().apply(a, row.values().get(f.field()).canonical());
        }
        return a.withLastConfirmed(today);
    }

    public long count(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /**
     * What an auditor accepts without looking closer: new and changed answers; never a conflict,
     * nothing from an unverified (format 1) workbook.
     */
    public Set<String> safeChoices() {
        Set<String> ids = new java.util.LinkedHashSet<>();
        if (!verified) {
            return ids;
        }
        changes.stream().filter(c -> c.kind() == Kind.NEW || c.kind() == Kind.CHANGED).forEach(c -> ids.add(c.controlId()));
        return ids;
    }

    /** Every change that can be taken, conflicts included. */
    public Set<String> allAcceptable() {
        Set<String> ids = new java.util.LinkedHashSet<>();
        changes.stream().filter(Change::acceptable).forEach(c -> ids.add(c.controlId()));
        return ids;
    }
}
