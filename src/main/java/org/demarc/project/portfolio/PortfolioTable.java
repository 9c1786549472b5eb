package org.demarc.project.portfolio;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.demarc.assessment.portfolio.AssessmentSummary;
import org.demarc.model.Messages;

/**
 * The portfolio as a table of text, the one source of the text listing, the CSV, the workbook and
 * the PDF: one row per file, a broken file with its problem in the last column.
 */
public final class PortfolioTable {
    /** Columns that hold whole numbers (written as numbers in a workbook). */
    public static final List<Integer> NUMBER_COLUMNS = List.of(6, 7, 8, 9);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private PortfolioTable() {
    }

    public static List<String> headers() {
        return List.of(Messages.get("portfolio.column.file"), Messages.get("portfolio.column.client"),
                Messages.get("portfolio.column.workload"), Messages.get("portfolio.column.providers"),
                Messages.get("portfolio.column.status"), Messages.get("portfolio.column.coverage"),
                Messages.get("portfolio.column.high"), Messages.get("portfolio.column.medium"),
                Messages.get("portfolio.column.low"), Messages.get("portfolio.column.overdue"),
                Messages.get("portfolio.column.lastChange"), Messages.get("portfolio.column.problem"));
    }

    public static List<List<String>> rows(Portfolio p) {
        return p.entries().stream().map(PortfolioTable::row).toList();
    }

    public static List<String> row(PortfolioEntry e) {
        AssessmentSummary s = e.summary();
        if (s == null) {
            return List.of(e.relativePath(), "", "", "", Messages.get("portfolio.broken"), "", "", "", "", "", "",
                    e.problem());
        }
        return List.of(e.relativePath(), s.client(), s.workload(), String.join(", ", s.providers()),
                Messages.get("portfolio.status." + s.state().name()),
                String.format(Locale.ROOT, "%.0f%%", s.coverage() * 100), Integer.toString(s.highGaps()),
                Integer.toString(s.mediumGaps()), Integer.toString(s.lowGaps()), Integer.toString(s.overdue()),
                s.lastChange() == null ? "" : DAY.format(s.lastChange()), "");
    }
}
