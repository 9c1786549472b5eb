package org.demarc.report.sections;

import java.util.List;

/**
 * The optional "Changes since the previous assessment" section, as words prepared by the caller
 * (who compares the two assessments): a summary and groups of lines (scope, responsibility,
 * answers improved and worsened, new and closed gaps).
 */
public record PreviousChanges(String summary, List<Group> groups) {
    public record Group(String heading, List<String> lines) {
        public Group {
            lines = List.copyOf(lines);
        }
    }

    public PreviousChanges {
        groups = List.copyOf(groups);
    }
}
