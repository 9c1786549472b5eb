package org.demarc.ui.session;

import java.nio.file.Path;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.demarc.model.Assessment;
import org.demarc.assessment.analysis.AssessmentAnalysis;

/**
 * The assessment being worked on, shared by every wizard step: its current value, the file it
 * belongs to, whether it has unsaved changes, and undo/redo. Every change goes through
 * {@link #edit}, so undo, the unsaved mark and the recovery journal never miss one.
 */
public final class AssessmentSession {
    private final ReadOnlyObjectWrapper<Assessment> assessment = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty viewOnly = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ObjectBinding<AssessmentAnalysis> analysis;
    private final BooleanBinding readOnly;
    private final BooleanBinding open;
    private final BooleanBinding signOffBroken;
    private final UndoHistory history = new UndoHistory();
    private final LongSupplier clock;
    private long revision;
    private AssessmentAnalysis lastAnalysis;

    public AssessmentSession() {
        this(System::currentTimeMillis);
    }

    AssessmentSession(LongSupplier clock) {
        this.clock = clock;
        analysis = Bindings.createObjectBinding(() -> analyse(assessment.get()), assessment);
        readOnly = Bindings.createBooleanBinding(
                () -> assessment.get() != null && (assessment.get().isSignedOff() || viewOnly.get()), assessment, viewOnly);
        open = assessment.isNotNull();
        signOffBroken = Bindings.createBooleanBinding(() -> assessment.get() != null
                && org.demarc.assessment.SignOffs.isVoid(assessment.get()), assessment);
    }

    /** Keeps the last analysis so the matrix is rebuilt only when catalog or scope change. */
    private AssessmentAnalysis analyse(Assessment value) {
        AssessmentAnalysis last = lastAnalysis;
        lastAnalysis = value == null ? null : last == null ? new AssessmentAnalysis(value) : last.next(value);
        return lastAnalysis;
    }

    public ReadOnlyObjectProperty<Assessment> assessmentProperty() {
        return assessment.getReadOnlyProperty();
    }

    public Assessment assessment() {
        return assessment.get();
    }

    /** Figures derived from the current value, recomputed lazily after each change. */
    public ObjectBinding<AssessmentAnalysis> analysisProperty() {
        return analysis;
    }

    public AssessmentAnalysis analysis() {
        return analysis.get();
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Opened read-only because someone else has it open; Save As still works. */
    public BooleanProperty viewOnlyProperty() {
        return viewOnly;
    }

    /** A signed-off assessment cannot be edited until it is reopened; nor one opened read-only. */
    public BooleanBinding readOnlyProperty() {
        return readOnly;
    }

    /** Signed off, but the content no longer matches the fingerprint signed: edited outside Demarc. */
    public BooleanBinding signOffBrokenProperty() {
        return signOffBroken;
    }

    public BooleanBinding openProperty() {
        return open;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Increases with every change of the assessment value; lets the autosave know what it wrote. */
    public long revision() {
        return revision;
    }

    /** Starts working on an assessment (new, opened or recovered); clears undo. */
    public void load(Assessment value, Path from, boolean unsaved) {
        load(value, from, unsaved, false);
    }

    public void load(Assessment value, Path from, boolean unsaved, boolean readOnlyCopy) {
        history.clear();
        viewOnly.set(readOnlyCopy);
        // File and unsaved mark first: whoever reacts to the new value (the recovery journal)
        // must see the state that goes with it.
        file.set(from);
        dirty.set(unsaved);
        set(value);
        refreshUndo();
    }

    public void close() {
        history.clear();
        viewOnly.set(false);
        dirty.set(false);
        file.set(null);
        set(null);
        refreshUndo();
    }

    /**
     * Applies a change. {@code key} names what is edited (e.g. "finding:PAT-01") so keystrokes in
     * one field merge into one undo step; null never merges. Refused while read-only, except for
     * changes flagged as sign-off changes.
     */
    public void edit(String key, UnaryOperator<Assessment> change) {
        Assessment before = assessment.get();
        if (before == null || before.isSignedOff() || viewOnly.get()) {
            return;
        }
        apply(before, key, change.apply(before));
    }

    /** Sign-off and reopening: the only changes allowed on a locked assessment. */
    public void changeSignOff(UnaryOperator<Assessment> change) {
        Assessment before = assessment.get();
        if (before != null && !viewOnly.get()) {
            apply(before, null, change.apply(before));
            // Undo never crosses a sign-off: unlocking is only done by reopening, which is recorded.
            history.clear();
            refreshUndo();
        }
    }

    private void apply(Assessment before, String key, Assessment after) {
        if (after == null || after.equals(before)) {
            return;
        }
        history.recordEdit(before, key, clock.getAsLong());
        // Dirty before the value: the journal listens to the value and journals only unsaved work,
        // so the first change after an open or a save must already read as unsaved.
        dirty.set(true);
        set(after);
        refreshUndo();
    }

    public void undo() {
        if (history.canUndo() && !readOnly.get()) {
            Assessment value = history.undo(assessment.get());
            dirty.set(true);
            set(value);
            refreshUndo();
        }
    }

    public void redo() {
        if (history.canRedo() && !readOnly.get()) {
            Assessment value = history.redo(assessment.get());
            dirty.set(true);
            set(value);
            refreshUndo();
        }
    }

    /** After a successful save of exactly {@code saved}. */
    public void markSaved(Path to, Assessment saved) {
        file.set(to);
        if (saved.equals(assessment.get())) {
            dirty.set(false);
        }
    }

    private void set(Assessment value) {
        revision++;
        assessment.set(value);
    }

    private void refreshUndo() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }
}
