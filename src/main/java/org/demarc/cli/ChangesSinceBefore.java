package org.demarc.cli;

import java.util.List;

import org.demarc.assessment.diff.AssessmentDiff;
import org.demarc.assessment.diff.DiffText;
import org.demarc.model.Assessment;
import org.demarc.report.sections.PreviousChanges;

/** The comparison of two assessments, in the words the report's changes section shows. */
final class ChangesSinceBefore {
    private ChangesSinceBefore() {
    }

    static PreviousChanges of(Assessment before, Assessment now) {
        AssessmentDiff d = AssessmentDiff.between(before, now);
        List<PreviousChanges.Group> groups = DiffText.sections(d).stream()
                .map(s -> new PreviousChanges.Group(s.heading(), s.lines())).toList();
        return new PreviousChanges(DiffText.heading(d) + "\n" + DiffText.coverage(d), groups);
    }
}
