package org.demarc.ui.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.demarc.assessment.merge.AssessmentMerge;
import org.demarc.assessment.merge.MergeConflict;
import org.demarc.assessment.merge.MergeOptions;
import org.demarc.assessment.merge.MergeSide;
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

    /** One conflict and the side the auditor chose for it. */
    public static final class Row {
        private final MergeConflict conflict;
        private final ObjectProperty<MergeSide> side = new SimpleObjectProperty<>(MergeSide.OURS);

        Row(MergeConflict conflict) {
            this.conflict = conflict;
        }

        public MergeConflict conflict() {
            return conflict;
        }

        public ObjectProperty<MergeSide> sideProperty() {
            return side;
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
        preview.conflicts().forEach(c -> rows.add(new Row(c)));
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

    /** The conflicts the auditor settled for theirs. */
    Set<MergeConflict> takenFromTheirs() {
        return rows.stream().filter(r -> r.side.get() == MergeSide.THEIRS).map(Row::conflict)
                .collect(Collectors.toSet());
    }

    /** Replaces the open assessment with the merge as one undoable edit; the merge applied. */
    public AssessmentMerge.Result apply(AssessmentSession session) {
        Set<MergeConflict> chosen = takenFromTheirs();
        AssessmentMerge.Result result = AssessmentMerge.merge(base, ours, theirs, options, chosen::contains);
        session.edit(null, a -> a == ours ? result.merged() : a);
        return result;
    }
}
