package org.demarc.report.sections;

import static org.demarc.report.sections.ReportContext.text;

import java.util.ArrayList;
import java.util.List;

import org.demarc.model.ScanEvidence;

/**
 * Scanner evidence as a finding block shows it: tool and scan date, the counts, the highest
 * severity, the first failing resources and checks, and the scan file with its SHA-256.
 */
final class ScanEvidenceText {
    static final int SHOWN = 5;

    private ScanEvidenceText() {
    }

    static String lines(List<ScanEvidence> scans) {
        List<String> lines = new ArrayList<>();
        for (ScanEvidence e : scans) {
            String date = e.scanDate() == null ? "-" : ReportContext.date(e.scanDate());
            String line = text("report.findings.scanEvidence.summary", e.tool(), date, e.passed(), e.failed(),
                    e.manual());
            if (!e.severity().isBlank() && e.failed() > 0) {
                line += " " + text("report.findings.scanEvidence.severity", e.severity());
            }
            lines.add(line);
            if (!e.failingResources().isEmpty()) {
                lines.add(text("report.findings.scanEvidence.failing", first(e.failingResources(), e.failed())));
            }
            if (!e.checks().isEmpty()) {
                lines.add(text("report.findings.scanEvidence.checks", first(e.checks(), e.checks().size())));
            }
            lines.add(text("report.findings.scanEvidence.file", e.scanFile(), e.size(), e.sha256()));
        }
        return String.join("\n", lines);
    }

    private static String first(List<String> items, int total) {
        String shown = String.join(", ", items.subList(0, Math.min(SHOWN, items.size())));
        int more = total - Math.min(SHOWN, items.size());
        return more > 0 ? text("report.findings.scanEvidence.more", shown, more) : shown;
    }
}
