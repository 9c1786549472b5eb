package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.assessment.EvidenceReferences;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On export the evidence hashes are checked: a missing or changed file is flagged in the report, not fatal. */
class EvidenceInReportTest {
    @TempDir
    Path dir;

    @Test
    void changedAndMissingEvidenceIsFlagged() throws Exception {
        Path project = dir.resolve("webshop.demarc");
        Path kept = Files.writeString(Files.createDirectories(dir.resolve("evidence")).resolve("kept.txt"), "kept");
        Path changed = Files.writeString(dir.resolve("evidence/changed.txt"), "before");
        Path gone = Files.writeString(dir.resolve("evidence/gone.txt"), "gone");
        var refs = List.of(EvidenceReferences.attach(project, kept, "Kept file"),
                EvidenceReferences.attach(project, changed, "Changed file"),
                EvidenceReferences.attach(project, gone, "Gone file"));
        Files.writeString(changed, "after");
        Files.delete(gone);
        Assessment a = Samples.webshop();
        Answer base = Answer.of(AnswerStatus.PARTIAL).withFinding("Evidence check");
        // References a project file from someone else may hold: the report must not say whether they exist.
        var planted = List.of(new org.demarc.model.EvidenceReference("../../etc/passwd", "0".repeat(64), 1, "Planted"),
                new org.demarc.model.EvidenceReference("/etc/shadow", "0".repeat(64), 1, "Planted too"));
        a = a.withAnswer("NET-01", base.withEvidence(refs)).withAnswer("NET-02", base.withEvidence(planted));
        List<String> steps = new java.util.ArrayList<>();
        byte[] pdf = new ReportExporter().render(a, ReportOptions.defaults().checkingEvidenceOf(project),
                (fraction, step) -> steps.add(step), () -> false);
        assertThat(steps).contains("Checking evidence file 1 of 6", "Checking evidence file 6 of 6");
        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("(checked: unchanged)").contains("(CHANGED since it was attached)")
                .contains("(MISSING: not found)")
                .contains("../../etc/passwd (1 bytes), SHA-256 " + "0".repeat(64) + " (not checked: outside the project folder)")
                .contains("/etc/shadow (1 bytes), SHA-256 " + "0".repeat(64) + " (not checked: outside the project folder)");
        byte[] unchecked = new ReportExporter().render(a, ReportOptions.defaults(), ProgressListener.NONE, () -> false);
        try (var doc = Loader.loadPDF(unchecked)) {
            assertThat(new PDFTextStripper().getText(doc)).doesNotContain("checked: unchanged");
        }
    }

    @Test
    void evidenceWithoutADescriptionNamesItsPathOnce() throws Exception {
        Path project = dir.resolve("webshop.demarc");
        Path file = Files.writeString(Files.createDirectories(dir.resolve("evidence")).resolve("plain-export.txt"), "x");
        Assessment a = Samples.webshop().withAnswer("NET-01", Answer.of(AnswerStatus.PARTIAL).withFinding("Evidence check")
                .withEvidence(List.of(EvidenceReferences.attach(project, file, ""))));
        byte[] pdf = new ReportExporter().render(a, ReportOptions.defaults(), ProgressListener.NONE, () -> false);
        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("evidence/plain-export.txt (1 bytes)");
        assertThat(text.split("plain-export\\.txt", -1)).as("the path is printed once").hasSize(2);
    }
}
