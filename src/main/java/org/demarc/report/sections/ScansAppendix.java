package org.demarc.report.sections;

import static org.demarc.report.sections.ReportContext.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.demarc.model.Answer;
import org.demarc.model.ScanEvidence;
import org.demarc.report.layout.Table;
import org.demarc.report.layout.Table.Cell;

/**
 * The appendix's list of the scans the report's automated evidence comes from: each scan file
 * once, with its tool, date, size, SHA-256 and how many controls it supports, so a reader can
 * match a scan file they hold to the report. Scans the team marked internal are not named.
 */
final class ScansAppendix {
    private ScansAppendix() {
    }

    /** The client-facing scan evidence of an answer. */
    static List<ScanEvidence> shown(Answer a) {
        return a.scanEvidence().stream().filter(e -> !e.internal()).toList();
    }

    static void render(ReportContext ctx) {
        Map<String, ScanEvidence> scans = new LinkedHashMap<>();
        Map<String, Integer> controls = new LinkedHashMap<>();
        ctx.assessment().answers().values().forEach(a -> shown(a).forEach(e -> {
            String key = e.sha256() + "\n" + e.scanFile();
            scans.putIfAbsent(key, e);
            controls.merge(key, 1, Integer::sum);
        }));
        if (scans.isEmpty()) {
            return;
        }
        Headings.minor(ctx, text("report.appendix.scans"));
        Table t = new Table(new float[] {1.3f, 0.9f, 2.4f, 0.7f},
                List.of(Cell.head(text("report.appendix.scans.tool")), Cell.head(text("report.appendix.scans.date")),
                        Cell.head(text("report.appendix.scans.file")), Cell.head(text("report.appendix.scans.controls"))));
        scans.forEach((key, e) -> t.row(Cell.of(e.tool()),
                Cell.of(e.scanDate() == null ? "\u2013" : ReportContext.date(e.scanDate())),
                Cell.of(text("report.appendix.scans.fileValue", e.scanFile(), e.size(),
                        e.sha256().isEmpty() ? "\u2013" : e.sha256())),
                Cell.of(String.valueOf(controls.get(key)))));
        t.draw(ctx.flow());
        ctx.flow().down(4);
    }
}
