package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.project.ProjectReader;
import org.demarc.project.ProjectWriter;
import org.demarc.project.Samples;
import org.demarc.report.ProgressListener;
import org.demarc.report.ReportExporter;
import org.demarc.report.ReportOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demarc export --previous OLD} adds "Changes since the previous assessment" to the report. */
class ExportWithPreviousTest {
    @TempDir
    Path dir;

    @Test
    void theReportShowsWhatChangedSinceLastYear() throws Exception {
        Assessment before = Samples.webshop();
        Assessment now = before.withAnswer("NET-01", Answer.of(AnswerStatus.IMPLEMENTED).withFinding("SSH closed"));
        Path old = Files.write(dir.resolve("2025.demarc"), ProjectWriter.toBytes(before));
        Path current = Files.write(dir.resolve("2026.demarc"), ProjectWriter.toBytes(now));
        Path pdf = dir.resolve("report.pdf");
        CliRunner r = CliRunner.run("export", current.toString(), "-o", pdf.toString(), "--previous", old.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String text;
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("Changes since the previous assessment").contains("NET-01");
        // The GUI route: the same exporter with the same options gives the same bytes.
        byte[] library = new ReportExporter().render(new ProjectReader().read(current).value(),
                ReportOptions.defaults().checkingEvidenceOf(current).comparedWith(new ProjectReader().read(old).value()),
                ProgressListener.NONE, () -> false);
        assertThat(Files.readAllBytes(pdf)).isEqualTo(library);
        CliRunner without = CliRunner.run("export", current.toString(), "-o", dir.resolve("plain.pdf").toString());
        assertThat(without.exitCode()).isZero();
        try (var doc = Loader.loadPDF(dir.resolve("plain.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).doesNotContain("Changes since the previous assessment");
        }
    }
}
