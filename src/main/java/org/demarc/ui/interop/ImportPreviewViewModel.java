package org.demarc.ui.interop;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.demarc.interop.questionnaire.ImportPreview;
import org.demarc.interop.questionnaire.PreviewText;
import org.demarc.interop.questionnaire.QuestionnaireImport;
import org.demarc.model.Messages;
import org.demarc.io.Problem;
import org.demarc.ui.session.AssessmentSession;

/**
 * The import preview as the auditor decides on it: one row per control that the questionnaire
 * would change, each accepted or rejected. New and changed answers start accepted, conflicts start
 * rejected, invalid rows cannot be accepted. Applying takes the accepted rows into the session as
 * one edit, so a single undo takes the whole import back.
 */
public final class ImportPreviewViewModel {
    private final ImportPreview preview;
    private final String source;
    private final ObservableList<Row> rows = FXCollections.observableArrayList(
            r -> new ObservableValue<?>[] {r.accepted});
    private final IntegerBinding acceptedCount;

    /** One control of the preview and the auditor's decision on it. */
    public static final class Row implements Decisions.Row {
        private final ImportPreview.Change change;
        private final BooleanProperty accepted = new SimpleBooleanProperty();

        Row(ImportPreview.Change change) {
            this.change = change;
            accepted.set(change.kind() == ImportPreview.Kind.NEW || change.kind() == ImportPreview.Kind.CHANGED);
            Decisions.guard(this);
        }

        @Override
        public String controlId() {
            return change.controlId();
        }

        public ImportPreview.Change change() {
            return change;
        }

        @Override
        public BooleanProperty acceptedProperty() {
            return accepted;
        }

        public boolean isAccepted() {
            return accepted.get();
        }

        @Override
        public boolean acceptable() {
            return change.acceptable();
        }

        public String kind() {
            return PreviewText.kind(change.kind());
        }

        /** One line per field changed (current and proposed value, cell), or per problem. */
        public String details() {
            List<String> lines = new java.util.ArrayList<>();
            for (ImportPreview.FieldChange f : change.fields()) {
                lines.add(Messages.get(f.conflict() ? "importPreview.conflictField" : "importPreview.field",
                        f.field().label(), shown(f.current()), shown(f.proposed()), f.cell()));
            }
            for (Problem p : change.problems()) {
                lines.add(Problem.visible(p.location() + ": " + p.text()));
            }
            return String.join("\n", lines);
        }
    }

    private static String shown(String value) {
        return value.isEmpty() ? Messages.get("importPreview.empty") : "\u201c" + PreviewText.oneLine(value) + "\u201d";
    }

    public ImportPreviewViewModel(ImportPreview preview, String source) {
        this.preview = preview;
        this.source = source;
        preview.changes().forEach(c -> rows.add(new Row(c)));
        acceptedCount = Decisions.acceptedCount(rows);
    }

    public ImportPreview preview() {
        return preview;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public IntegerBinding acceptedCountProperty() {
        return acceptedCount;
    }

    /** The heading: what, for which assessment, how many of each kind. */
    public String summary() {
        return Messages.get("questionnaire.preview.summary", preview.changes().size(),
                preview.count(ImportPreview.Kind.NEW), preview.count(ImportPreview.Kind.CHANGED),
                preview.count(ImportPreview.Kind.CONFLICT), preview.count(ImportPreview.Kind.INVALID),
                preview.unchanged());
    }

    /** Warnings about the workbook and the note that the assessment changed since the export. */
    public List<String> notes() {
        List<String> notes = new java.util.ArrayList<>();
        if (preview.assessmentChangedSinceExport()) {
            notes.add(Messages.get("questionnaire.preview.changedSince"));
        }
        preview.warnings().forEach(w -> notes.add(w.describe()));
        return notes;
    }

    public String source() {
        return source;
    }

    public void acceptAll() {
        Decisions.acceptAll(rows);
    }

    public void rejectAll() {
        Decisions.rejectAll(rows);
    }

    public Set<String> accepted() {
        return Decisions.accepted(rows);
    }

    /** Takes the accepted rows into the session as one undoable edit; the number taken. */
    public int apply(AssessmentSession session, Instant at, String actor) {
        Set<String> ids = accepted();
        if (ids.isEmpty()) {
            return 0;
        }
        return Decisions.applyAsOneEdit(session, a -> QuestionnaireImport.apply(a, preview, ids, source, at, actor),
                QuestionnaireImport.Outcome::assessment, QuestionnaireImport.Outcome::taken);
    }
}
