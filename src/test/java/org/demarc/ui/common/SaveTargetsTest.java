package org.demarc.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.demarc.io.OutputRule;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The save dialogs' rule: the chooser's "replace?" covers a file of the same kind only. */
class SaveTargetsTest {
    @TempDir
    Path dir;

    @Test
    void aReportNeverReplacesTheProjectAndAProjectNeverReplacesAReport() throws Exception {
        Path project = Files.write(dir.resolve("shop.demarc"), Samples.webshopBytes());
        Path pdfNamedProject = Files.write(dir.resolve("report.pdf"), Samples.webshopBytes());
        Path pdf = Files.writeString(dir.resolve("old.pdf"), "%PDF-1.7\n");
        assertThat(SaveTargets.refusal(project, OutputRule.Kind.PDF)).isPresent();
        assertThat(SaveTargets.refusal(pdfNamedProject, OutputRule.Kind.PDF)).get()
                .extracting(OutputRule.Refusal::key).isEqualTo("output.otherKind");
        assertThat(SaveTargets.refusal(pdf, OutputRule.Kind.PDF)).isEmpty();
        assertThat(SaveTargets.refusal(project, OutputRule.Kind.PROJECT)).isEmpty();
        Path pdfAsProject = Files.writeString(dir.resolve("x.demarc"), "%PDF-1.7\n");
        assertThat(SaveTargets.refusal(pdfAsProject, OutputRule.Kind.PROJECT)).isPresent();
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), pdf);
        assertThat(SaveTargets.refusal(link, OutputRule.Kind.PDF)).isPresent();
        assertThat(SaveTargets.kindOf(Path.of("gaps.CSV"))).isEqualTo(OutputRule.Kind.CSV);
        assertThat(SaveTargets.kindOf(Path.of("q.xlsx"))).isEqualTo(OutputRule.Kind.XLSX);
    }

    @Test
    void anExportTakesItsKindFromWhatItWritesNotFromTheNameTyped() throws Exception {
        Path project = Files.write(dir.resolve("shop.demarc"), Samples.webshopBytes());
        Path keyStore = Files.write(dir.resolve("me.p12"), new byte[] {0x30, (byte) 0x82, 1, 2});
        // Findings, questionnaire, Word copy, matrix CSV and PNG: a typed name of another kind is refused.
        assertThat(SaveTargets.refusal(project, java.util.List.of("xlsx", "csv"))).get()
                .extracting(OutputRule.Refusal::key).isEqualTo("output.extension");
        assertThat(SaveTargets.refusal(keyStore, java.util.List.of("docx"))).isPresent();
        assertThat(SaveTargets.refusal(dir.resolve("new.png"), java.util.List.of("png"))).isEmpty();
        Path notPng = Files.writeString(dir.resolve("photo.png"), "not a PNG");
        assertThat(SaveTargets.refusal(notPng, java.util.List.of("png"))).get()
                .extracting(OutputRule.Refusal::key).isEqualTo("output.otherKind");
        Path fifo = dir.resolve("matrix.csv");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        assertThat(SaveTargets.refusal(fifo, java.util.List.of("csv"))).get()
                .extracting(OutputRule.Refusal::key).isEqualTo("output.notRegular");
        Path xlsx = dir.resolve("old.XLSX");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(xlsx)) {
            workbook.createSheet("Findings");
            workbook.write(out);
        }
        assertThat(SaveTargets.refusal(xlsx, java.util.List.of("xlsx", "csv"))).isEmpty();
        // Any zip starts "PK": only a workbook's parts make it one.
        Path zip = Files.write(dir.resolve("archive.xlsx"), new byte[] {'P', 'K', 3, 4, 0});
        assertThat(SaveTargets.refusal(zip, java.util.List.of("xlsx", "csv"))).get()
                .extracting(OutputRule.Refusal::key).isEqualTo("output.otherKind");
    }

    @Test
    void theOscalFolderKeepsAProjectAndNotesNamedLikeItsDocuments() throws Exception {
        var names = java.util.List.of("ssp.json", "poam.json");
        assertThat(SaveTargets.folderRefusal(dir, names)).isEmpty();
        Files.write(dir.resolve("poam.json"), Samples.webshopBytes());
        assertThat(SaveTargets.folderRefusal(dir, names)).get()
                .satisfies(r -> assertThat(r.file()).isEqualTo(dir.resolve("poam.json")))
                .extracting(r -> r.refusal().key()).isEqualTo("output.otherKind");
        Files.writeString(dir.resolve("poam.json"), "{\n  \"plan-of-action-and-milestones\": {}}");
        assertThat(SaveTargets.folderRefusal(dir, names)).as("an earlier export is replaced").isEmpty();
    }
}
