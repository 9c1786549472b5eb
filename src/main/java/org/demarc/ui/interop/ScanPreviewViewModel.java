package org.demarc.ui.interop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.demarc.interop.scan.ControlSuggestion;
import org.demarc.interop.scan.ScanImport;
import org.demarc.interop.scan.ScanPreviewText;
import org.demarc.interop.scan.ScanSuggestions;
import org.demarc.io.Problem;
import org.demarc.model.Messages;
import org.demarc.ui.session.AssessmentSession;

/**
 * A scan's suggestions as the auditor decides on them: one row per control, accepted or rejected.
 * Every suggestion starts rejected (the auditor confirms, the tool does not); one that suggests no
 * status (manual checks only) on an unanswered control cannot be accepted. Applying records the
 * scan as evidence on every answered control it touches and takes the suggested status of the
 * accepted ones, in one edit, so one undo takes the whole import back.
 */
public final class ScanPreviewViewModel {
    private final ScanSuggestions suggestions;
    private final String source;
    private final String scanPath;
    private final ObservableList<Row> rows = FXCollections.observableArrayList(r -> new ObservableValue<?>[] {r.accepted});
    private final IntegerBinding acceptedCount;
    private final BooleanProperty internal = new SimpleBooleanProperty();

    /** One control's suggestion and the auditor's decision on it. */
    public static final class Row implements Decisions.Row {
        private final ControlSuggestion suggestion;
        private final BooleanProperty accepted = new SimpleBooleanProperty();

        Row(ControlSuggestion suggestion) {
            this.suggestion = suggestion;
            Decisions.guard(this);
        }

        @Override
        public String controlId() {
            return suggestion.controlId();
        }

        public ControlSuggestion suggestion() {
            return suggestion;
        }

        @Override
        public BooleanProperty acceptedProperty() {
            return accepted;
        }

        @Override
        public boolean acceptable() {
            return suggestion.answered() || suggestion.suggested() != null;
        }

        /** Counts, severity and suggested status; the failing resources and the change since the previous scan below. */
        public String details() {
            StringBuilder text = new StringBuilder(ScanPreviewText.summary(suggestion));
            if (!suggestion.failingResources().isEmpty()) {
                text.append('\n').append(Messages.get("scan.preview.failing", ScanPreviewText.resources(suggestion)));
            }
            if (suggestion.change() != null) {
                text.append('\n').append(ScanPreviewText.change(suggestion.change()));
            }
            return text.toString();
        }
    }

    /** {@code scanPath} is the scan file as the project records it. */
    public ScanPreviewViewModel(ScanSuggestions suggestions, String source, String scanPath) {
        this.suggestions = suggestions;
        this.source = source;
        this.scanPath = scanPath;
        suggestions.suggestions().forEach(s -> rows.add(new Row(s)));
        acceptedCount = Decisions.acceptedCount(rows);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public IntegerBinding acceptedCountProperty() {
        return acceptedCount;
    }

    /** Whether the recorded evidence is the team's only, left out of the client report. */
    public BooleanProperty internalProperty() {
        return internal;
    }

    public String source() {
        return source;
    }

    /** The heading: the scan, and how many findings reached how many controls. */
    public String summary() {
        List<String> head = ScanPreviewText.lines(suggestions, source);
        return head.get(0) + "\n" + head.get(1);
    }

    /** The checks that reached no control and why, and the rows skipped. */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        suggestions.unmapped().forEach(u -> notes.add(Problem.visible(u.requirements().isEmpty()
                ? Messages.get("scan.preview.unmappedNoRequirement", u.checkId(), u.findings(), u.service())
                : Messages.get("scan.preview.unmappedNoControl", u.checkId(), u.findings(),
                        String.join(", ", u.requirements())))));
        suggestions.read().warnings().forEach(w -> notes.add(w.describe()));
        return notes;
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

    /** Records the scan in the session as one undoable edit; on how many controls evidence was recorded. */
    public int apply(AssessmentSession session, Instant at, String actor) {
        Set<String> ids = accepted();
        return Decisions.applyAsOneEdit(session,
                a -> ScanImport.apply(a, suggestions, ids, scanPath, internal.get(), at, actor),
                ScanImport.Outcome::assessment, ScanImport.Outcome::attached);
    }
}
