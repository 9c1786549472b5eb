package org.demarc.ui.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.demarc.assessment.merge.AssessmentMerge;
import org.demarc.assessment.merge.MergeConflict;
import org.demarc.assessment.merge.MergeOptions;
import org.demarc.assessment.merge.MergeSide;
import org.demarc.assessment.merge.Settlement;
import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.ui.session.AssessmentSession;

/**
 * A merge of the open assessment (ours) with another file (theirs), as the auditor settles it: one
 * row per conflict with the side it takes (ours until the auditor picks theirs), and what merges
 * silently. Applying merges again with those choices and replaces the open assessment in one edit,
 * so one undo takes the whole merge back.
 */
public final class MergeViewModel {
    private final Assessment base;
    private final Assessment ours;
    private final Assessment theirs;
    private final MergeOptions options;
    private final AssessmentMerge.Result preview;
    private final List<Row> rows = new ArrayList<>();

    /**
     * One conflict and how the auditor settled it: the side chosen, or, for a text field, the merged
     * value typed (starting from ours) when {@link #editedProperty()} is set.
     */
    public static final class Row {
        private final MergeConflict conflict;
        private final boolean editable;
        private final ObjectProperty<MergeSide> side = new SimpleObjectProperty<>(MergeSide.OURS);
        private final BooleanProperty edited = new SimpleBooleanProperty();
        private final StringProperty text;

        Row(MergeConflict conflict, String oursText) {
            this.conflict = conflict;
            this.editable = oursText != null;
            this.text = new SimpleStringProperty(oursText == null ? "" : oursText);
        }

        public MergeConflict conflict() {
            return conflict;
        }

        public ObjectProperty<MergeSide> sideProperty() {
            return side;
        }

        /** A text field: the merged value may be typed. */
        public boolean editable() {
            return editable;
        }

        public BooleanProperty editedProperty() {
            return edited;
        }

        public StringProperty textProperty() {
            return text;
        }

        Settlement settlement() {
            if (editable && edited.get()) {
                return Settlement.typed(text.get());
            }
            return side.get() == MergeSide.THEIRS ? Settlement.THEIRS : Settlement.OURS;
        }
    }

    /**
     * Merges once without choices to list the conflicts.
     *
     * @throws org.demarc.assessment.merge.MergeRefusedException for other catalogs or a signed-off side
     */
    public MergeViewModel(Assessment base, Assessment ours, Assessment theirs, MergeOptions options) {
        this.base = base;
        this.ours = ours;
        this.theirs = theirs;
        this.options = options;
        this.preview = AssessmentMerge.merge(base, ours, theirs, options);
        preview.conflicts().forEach(c -> rows.add(new Row(c, preview.oursText().get(c))));
    }

    public List<Row> rows() {
        return rows;
    }

    public String theirsName() {
        return options.theirsName();
    }

    /** The files merged and how many changes came over silently and how many conflicts are to settle. */
    public String summary() {
        String with = options.baseName().isEmpty() ? Messages.get("mergePreview.noBase")
                : Messages.get("mergePreview.base", options.baseName());
        return Messages.get("mergePreview.summary", options.oursName(), options.theirsName(), with,
                preview.fromTheirs(), rows.size());
    }

    /** The controls and parts whose answers changed silently (taken from theirs without a conflict). */
    public String silent() {
        Assessment merged = preview.merged();
        Set<String> ids = new TreeSet<>(ours.answers().keySet());
        ids.addAll(merged.answers().keySet());
        List<String> changed = new ArrayList<>(ids.stream()
                .filter(id -> !Objects.equals(ours.answers().get(id), merged.answers().get(id))).toList());
        if (!ours.engagement().equals(merged.engagement())) {
            changed.add(Messages.get("mergePreview.engagement"));
        }
        if (!ours.scope().equals(merged.scope())) {
            changed.add(Messages.get("mergePreview.scope"));
        }
        if (!ours.draftSignatories().equals(merged.draftSignatories())) {
            changed.add(Messages.get("mergePreview.signatories"));
        }
        return changed.isEmpty() ? Messages.get("mergePreview.silentNone")
                : Messages.get("mergePreview.silent", String.join(", ", changed));
    }

    /** How the auditor settled each conflict. */
    Map<MergeConflict, Settlement> settlements() {
        return rows.stream().collect(Collectors.toMap(Row::conflict, Row::settlement));
    }

    /** Replaces the open assessment with the merge as one undoable edit; the merge applied. */
    public AssessmentMerge.Result apply(AssessmentSession session) {
        Map<MergeConflict, Settlement> chosen = settlements();
        AssessmentMerge.Result result = AssessmentMerge.settled(base, ours, theirs, options,
                c -> chosen.getOrDefault(c, Settlement.OURS));
        session.edit(null, a -> a == ours ? result.merged() : a);
        return result;
    }
}
