package org.demarc.report.text;

import java.util.List;

/**
 * One laid-out line in visual order: runs of text each in one font, their total width in points,
 * and whether the paragraph reads right to left (then the line is right-aligned).
 */
public record Line(List<Run> runs, float width, TextStyle style, boolean rightToLeft) {
    public Line {
        runs = List.copyOf(runs);
    }

    /** Text in one shipped font, drawn left to right. */
    public record Run(FontFiles font, String text, float width) {
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        runs.forEach(r -> sb.append(r.text()));
        return sb.toString();
    }
}
