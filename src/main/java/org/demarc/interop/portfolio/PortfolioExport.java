package org.demarc.interop.portfolio;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.demarc.interop.Csv;
import org.demarc.interop.findings.FindingsExport.Format;
import org.demarc.interop.xlsx.QuietPoi;
import org.demarc.interop.xlsx.Workbooks;
import org.demarc.model.Messages;
import org.demarc.project.portfolio.Portfolio;
import org.demarc.project.portfolio.PortfolioTable;

/** The portfolio for a spreadsheet (the formats of the findings export): RFC 4180 CSV in UTF-8 with formula-like cells neutralised, or an .xlsx workbook of text cells. */
public final class PortfolioExport {
    static {
        QuietPoi.init();
    }

    private PortfolioExport() {
    }

    public static byte[] export(Portfolio p, Format format) {
        return format == Format.XLSX ? xlsx(p) : csv(p);
    }

    public static byte[] csv(Portfolio p) {
        StringBuilder sb = new StringBuilder(Csv.line(PortfolioTable.headers()));
        PortfolioTable.rows(p).forEach(r -> sb.append(Csv.line(r)));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Cells are text (counts are numbers), never formulas, so nothing in them runs. */
    public static byte[] xlsx(Portfolio p) {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet(Workbooks.safeSheetName(Messages.get("portfolio.sheet")));
        List<String> headers = PortfolioTable.headers();
        Workbooks.headerRow(sheet, headers, new int[] {36, 24, 24, 16, 20, 10, 8, 8, 8, 10, 12, 60}, false);
        int r = 1;
        for (List<String> line : PortfolioTable.rows(p)) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < line.size(); i++) {
                String v = line.get(i);
                if (PortfolioTable.NUMBER_COLUMNS.contains(i) && !v.isEmpty()) {
                    row.createCell(i).setCellValue(Integer.parseInt(v));
                } else {
                    row.createCell(i).setCellValue(Workbooks.fit(v));
                }
            }
        }
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, headers.size() - 1));
        return Workbooks.toBytes(wb);
    }
}
