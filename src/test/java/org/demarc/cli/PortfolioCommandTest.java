package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.demarc.model.Assessment;
import org.demarc.project.ProjectFiles;
import org.demarc.project.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demarc portfolio} over a folder, as a person runs it: a table, a CSV, a workbook. */
class PortfolioCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void folder() throws Exception {
        Assessment a = Samples.webshop();
        new ProjectFiles().saveNew(a.withEngagement(a.engagement().withClient("=HYPERLINK(\"x\")")),
                dir.resolve("hostile.demarc"));
        Files.createDirectories(dir.resolve("2026"));
        new ProjectFiles().saveNew(a, dir.resolve("2026/webshop.demarc"));
        Files.writeString(dir.resolve("2026/broken.demarc"), "not json");
        assertThat(DemarcCommand.SUBCOMMANDS).contains("portfolio", "bundle", "unbundle");
    }

    @Test
    void withoutOutputATableGoesToStandardOutputAndABrokenFileIsNotFatal() {
        CliRunner r = CliRunner.run("portfolio", dir.toString(), "--today", "2030-01-01");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        var lines = r.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("File").contains("Client").contains("High gaps").contains("Overdue");
        assertThat(lines.get(1)).startsWith("2026/broken.demarc").contains("cannot be read");
        assertThat(lines.get(2)).startsWith("2026/webshop.demarc").contains("draft").contains("Amazon Web Services")
                .contains("%");
        assertThat(lines.get(3)).startsWith("hostile.demarc");
        // The columns line up: each header starts where its cells do.
        int status = lines.get(0).indexOf("Status");
        assertThat(lines.get(2).substring(status)).startsWith("draft");
    }

    @Test
    void theCsvNeutralisesFormulas() throws Exception {
        Path out = dir.resolve("summary.csv");
        CliRunner r = CliRunner.run("portfolio", dir.toString(), "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("2 assessments, 1 files or folders");
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("File,Client,Workload,Providers,Status,Coverage,High gaps,Medium gaps,Low gaps,Overdue,Last change,Problem\r\n");
        assertThat(csv).contains("hostile.demarc,\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void theWorkbookHoldsOneRowPerFileWithCountsAsNumbers() throws Exception {
        Path out = dir.resolve("summary.xlsx");
        assertThat(CliRunner.run("portfolio", dir.toString(), "-o", out.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("2026/webshop.demarc");
            assertThat(sheet.getRow(2).getCell(6).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(sheet.getRow(3).getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        }
    }

    @Test
    void anUnknownOutputKindIsAUsageErrorAndAMissingFolderAnIoError() {
        assertThat(CliRunner.run("portfolio", dir.toString(), "-o", dir.resolve("s.txt").toString()).exitCode())
                .isEqualTo(ExitCodes.USAGE);
        CliRunner missing = CliRunner.run("portfolio", dir.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(missing.err()).contains("nope").contains("file not found");
    }

    @Test
    void thePdfHasARowPerAssessmentAndListsTheBrokenFileWithItsProblemTheSameBytesEachTime() throws Exception {
        Path first = dir.resolve("out/one.pdf");
        Path second = dir.resolve("out/two.PDF");
        Files.createDirectories(first.getParent());
        CliRunner r = CliRunner.run("portfolio", dir.toString(), "--today", "2030-01-01", "-o", first.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("2 assessments, 1 files or folders");
        assertThat(CliRunner.run("portfolio", dir.toString(), "--today", "2030-01-01", "-o", second.toString())
                .exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllBytes(second)).as("same folder, same day: same bytes").isEqualTo(Files.readAllBytes(first));
        try (PDDocument doc = Loader.loadPDF(first.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).as("landscape")
                    .isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
            List<String> lines = new PDFTextStripper().getText(doc).lines().toList();
            assertThat(lines).anyMatch(l -> l.startsWith("Portfolio: " + dir.getFileName()));
            assertThat(lines).anyMatch(l -> l.startsWith("As of 2030-01-01: 2 assessments, 1 files or folders"));
            assertThat(lines).anyMatch(l -> l.startsWith("2026/webshop.demarc Northwind Retail"));
            assertThat(lines).anyMatch(l -> l.startsWith("hostile.demarc =HYPERLINK(\"x\")"));
            assertThat(lines).as("status, coverage, gaps high/medium/low, overdue, last change")
                    .filteredOn(l -> l.equals("draft 14% 1 3 1 5 2026-11-09")).hasSize(2);
            assertThat(lines).contains("Files and folders that could not be read");
            String broken = lines.stream().filter(l -> l.startsWith("2026/broken.demarc")).findFirst().orElseThrow();
            assertThat(broken).as("the broken file's line names its problem").isNotEqualTo("2026/broken.demarc")
                    .doesNotContain("%");
            int table = lines.indexOf("Files and folders that could not be read");
            assertThat(lines.indexOf(broken)).isGreaterThan(table);
        }
    }
}
