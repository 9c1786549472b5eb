package org.demarc.interop.findings;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.demarc.interop.Csv;
import org.demarc.interop.xlsx.QuietPoi;
import org.demarc.interop.xlsx.Workbooks;
import org.demarc.model.Answer;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.model.Framework;
import org.demarc.model.Messages;
import org.demarc.model.Responsibility;
import org.demarc.model.ResponsibilityMatrix;
import org.demarc.model.ScanEvidence;
import org.demarc.model.Service;
import org.demarc.assessment.analysis.AssessmentAnalysis;
import org.demarc.assessment.analysis.Gap;

/**
 * The findings and action plan for a tracker: every gap (partial or not implemented) by priority,
 * with control, domain, responsibility, status, finding, owner, the attendee who confirmed it, remediation, due date and the
 * framework mappings. As an .xlsx workbook, or as RFC 4180 CSV in UTF-8 (optionally with a byte
 * order mark, which spreadsheet programs need to read UTF-8) with formula-like cells neutralised.
 */
public final class FindingsExport {
    public enum Format {
        XLSX, CSV;

        /** By the file name's extension; null when it is neither. */
        public static Format of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".xlsx") ? XLSX : name.endsWith(".csv") ? CSV : null;
        }
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static {
        QuietPoi.init();
    }

    private FindingsExport() {
    }

    /** The column headings, in order. */
    public static List<String> headers() {
        List<String> h = new ArrayList<>(List.of(Messages.get("findings.column.priority"),
                Messages.get("findings.column.control"), Messages.get("findings.column.title"),
                Messages.get("findings.column.domain"), Messages.get("findings.column.responsibility"),
                Messages.get("findings.column.status"), Messages.get("findings.column.finding"),
                Messages.get("findings.column.owner"), Messages.get("findings.column.confirmedBy"),
                Messages.get("findings.column.action"),
                Messages.get("findings.column.actionOwner"), Messages.get("findings.column.dueDate"),
                Messages.get("findings.column.scans")));
        for (Framework f : Framework.values()) {
            h.add(f.title());
        }
        return h;
    }

    /** One line per gap, highest priority first, in the order of {@link #headers()}. */
    public static List<List<String>> rows(Assessment a) {
        AssessmentAnalysis analysis = new AssessmentAnalysis(a);
        List<List<String>> rows = new ArrayList<>();
        for (Gap g : analysis.gapsByPriority()) {
            Control c = g.control();
            Answer ans = g.answer();
            List<String> row = new ArrayList<>(List.of(Integer.toString(g.priority()), c.id(), c.title(),
                    a.catalog().domain(c.domainId()).map(d -> d.name()).orElse(c.domainId()),
                    responsibility(analysis.matrix(), c), Messages.get("status." + ans.status().name()), ans.finding(),
                    ans.owner(), ans.confirmedBy(), ans.remediation().action(), ans.remediation().owner(),
                    ans.remediation().dueDate() == null ? "" : ans.remediation().dueDate().toString(),
                    scans(ans)));
            for (Framework f : Framework.values()) {
                row.add(String.join(", ", c.mappingsFor(f)));
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * The answer's scanner evidence, one line per scan: tool, date, counts, the first failing
     * resources; the team's own list, so scans marked internal are named too, as such. Scan text
     * goes through the same neutralising as every other cell.
     */
    static String scans(Answer ans) {
        List<String> lines = new ArrayList<>();
        for (ScanEvidence e : ans.scanEvidence()) {
            String failing = e.failingResources().isEmpty() ? ""
                    : " " + Messages.get("findings.scans.failing", String.join(", ",
                            e.failingResources().subList(0, Math.min(3, e.failingResources().size()))));
            lines.add(Messages.get(e.internal() ? "findings.scans.internal" : "findings.scans.line", e.tool(),
                    e.scanDate() == null ? "?" : e.scanDate().toString(), e.passed(), e.failed(), e.manual()) + failing);
        }
        return String.join("\n", lines);
    }

    /** "Customer: Amazon EC2, Amazon S3; Shared: Amazon RDS": the services where the customer holds a share. */
    static String responsibility(ResponsibilityMatrix m, Control c) {
        Map<Responsibility, List<String>> by = new LinkedHashMap<>();
        for (Responsibility r : List.of(Responsibility.CUSTOMER, Responsibility.SHARED)) {
            by.put(r, new ArrayList<>());
        }
        for (Service s : m.servicesWithCustomerShare(c.id())) {
            by.get(m.cell(c.id(), s.id()).responsibility()).add(s.name());
        }
        List<String> parts = new ArrayList<>();
        by.forEach((r, names) -> {
            if (!names.isEmpty()) {
                parts.add(Messages.get("responsibility." + r.name()) + ": " + String.join(", ", names));
            }
        });
        return String.join("; ", parts);
    }

    public static byte[] export(Assessment a, Format format, boolean bom) {
        return format == Format.XLSX ? xlsx(a) : csv(a, bom);
    }

    public static byte[] csv(Assessment a, boolean bom) {
        StringBuilder sb = new StringBuilder(Csv.line(headers()));
        rows(a).forEach(r -> sb.append(Csv.line(r)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(BOM);
        }
        out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Cells are written as text, never as formulas, so nothing in them runs. */
    public static byte[] xlsx(Assessment a) {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet(Workbooks.safeSheetName(Messages.get("findings.sheet")));
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        List<String> headers = headers();
        Workbooks.headerRow(sheet, headers, new int[] {8, 10, 28, 24, 30, 14, 60, 18, 18, 40, 18, 12, 40, 24, 24, 24},
                true);
        int r = 1;
        for (List<String> line : rows(a)) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(Integer.parseInt(line.get(0)));
            for (int i = 1; i < line.size(); i++) {
                row.createCell(i).setCellValue(Workbooks.fit(line.get(i)));
                row.getCell(i).setCellStyle(wrap);
            }
        }
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, headers.size() - 1));
        return Workbooks.toBytes(wb);
    }
}
