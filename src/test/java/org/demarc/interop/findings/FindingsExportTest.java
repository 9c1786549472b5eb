package org.demarc.interop.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.demarc.model.Answer;
import org.demarc.model.Assessment;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;

class FindingsExportTest {
    private final Assessment sample = Samples.webshop();

    @Test
    void everyGapByPriorityWithItsMappings() {
        List<List<String>> rows = FindingsExport.rows(sample);
        assertThat(rows).extracting(r -> r.get(1)).containsExactly("NET-01", "IAM-01", "PAT-01", "BCK-01", "TRN-01");
        List<String> net = rows.get(0);
        assertThat(net.subList(0, 6)).containsExactly("8", "NET-01", sample.catalog().control("NET-01").orElseThrow()
                .title(), "Network and communications protection", net.get(4), "Not implemented");
        assertThat(net.get(4)).startsWith("Customer: ").contains("Amazon EC2");
        assertThat(net.get(8)).as("nobody recorded as confirming it").isEmpty();
        assertThat(net.get(11)).isEqualTo("2026-12-15");
        assertThat(net.get(12)).as("no scan evidence").isEmpty();
        assertThat(net.get(13)).isNotBlank();
        assertThat(FindingsExport.headers()).hasSize(net.size()).startsWith("Priority", "Control")
                .endsWith("NIST SP 800-53 Rev. 5", "ISO/IEC 27001:2022 Annex A", "CSA CCM v4");
    }

    @Test
    void theAttendeeWhoConfirmedAGapHasItsColumn() {
        Assessment a = sample.withAnswer("NET-01", sample.answers().get("NET-01").withConfirmedBy("Priya Raman"));
        int column = FindingsExport.headers().indexOf("Confirmed by");
        assertThat(column).isEqualTo(FindingsExport.headers().indexOf("Owner") + 1);
        assertThat(FindingsExport.rows(a).get(0).get(column)).isEqualTo("Priya Raman");
    }

    @Test
    void csvIsRfc4180Utf8WithAnOptionalBomAndNeutralisedFormulas() {
        Answer net = sample.answers().get("NET-01");
        Assessment hostile = sample.withAnswer("NET-01", Answer.of(net.status())
                .withFinding("=HYPERLINK(\"http://evil\")").withOwner("@owner")
                .withRemediation(new org.demarc.model.Remediation("-2+3", "+cmd", null))).withAnswer("IAM-01", sample.answers().get("IAM-01").withFinding("two\nlines, \"quoted\" ✓"));
        byte[] plain = FindingsExport.csv(hostile, false);
        byte[] bom = FindingsExport.csv(hostile, true);
        assertThat(Arrays.copyOf(bom, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(Arrays.copyOfRange(bom, 3, bom.length)).isEqualTo(plain);
        String csv = new String(plain, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Priority,Control,Title,Domain,").contains("\r\n").doesNotContain(",=").doesNotContain(",@")
                .contains(",'@owner,").contains(",'-2+3,'+cmd,");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(csv).contains("\"two\nlines, \"\"quoted\"\" ✓\"");
        assertThat(csv.split("\r\n")).hasSize(6);
    }

    @Test
    void scanEvidenceHasItsColumnWithFormulaLookingResourcesNeutralised() {
        org.demarc.model.ScanEvidence scan = new org.demarc.model.ScanEvidence("=HYPERLINK(\"x\")", "scans/p.csv", "ab".repeat(32),
                10, java.time.LocalDate.of(2025, 2, 14), 2, 1, 0, "high", List.of("c"), List.of("=cmd|'/c calc'!A1"), true);
        Assessment a = sample.withAnswer("NET-01", sample.answers().get("NET-01").withScanEvidence(List.of(scan)));
        int column = FindingsExport.headers().indexOf("Automated evidence");
        assertThat(column).isEqualTo(FindingsExport.headers().indexOf("Due date") + 1);
        assertThat(FindingsExport.rows(a).get(0).get(column))
                .isEqualTo("=HYPERLINK(\"x\") 2025-02-14 (internal): 2 passed, 1 failed, 0 manual. "
                        + "Failing: =cmd|'/c calc'!A1");
        String csv = new String(FindingsExport.csv(a, false), StandardCharsets.UTF_8);
        assertThat(csv).as("a tool name from the scan file that looks like a formula does not run")
                .contains(",\"'=HYPERLINK(\"\"x\"\") 2025-02-14 (internal)").doesNotContain(",\"=HYPERLINK");
    }

    @Test
    void xlsxHoldsTextCellsOnly() throws Exception {
        Answer net = sample.answers().get("NET-01");
        Assessment hostile = sample.withAnswer("NET-01", net.withFinding("=1+1"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(FindingsExport.xlsx(hostile)))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("Findings");
            assertThat(s.getLastRowNum()).isEqualTo(5);
            assertThat(s.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(8);
            assertThat(s.getRow(1).getCell(6).getStringCellValue()).isEqualTo("=1+1");
            for (Row row : s) {
                for (Cell c : row) {
                    assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void formatByExtension() {
        assertThat(FindingsExport.Format.of(java.nio.file.Path.of("a/F.XLSX"))).isEqualTo(FindingsExport.Format.XLSX);
        assertThat(FindingsExport.Format.of(java.nio.file.Path.of("F.csv"))).isEqualTo(FindingsExport.Format.CSV);
        assertThat(FindingsExport.Format.of(java.nio.file.Path.of("F.pdf"))).isNull();
    }
}
