package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.demarc.fixtures.TestImages;
import org.demarc.project.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demarc export -o report.docx} and the report profile options --profile, --classification, --logo. */
class DocxAndProfileCommandTest {
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void sample() throws IOException {
        project = Files.write(dir.resolve("webshop.demarc"), Samples.webshopBytes());
    }

    @Test
    void aDocxNameGivesTheWorkingCopyWhichCannotBeSigned() throws Exception {
        Path docx = dir.resolve("report.docx");
        CliRunner r = CliRunner.run("export", project.toString(), "-o", docx.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("the editable working copy of the report of 'Web shop");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            assertThat(doc.getParagraphs().get(0).getText()).contains("the signed PDF is the record");
        }
        CliRunner signed = CliRunner.run("export", project.toString(), "-o", docx.toString(), "--sign", "k.p12",
                "--password-file", "pw");
        assertThat(signed.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(signed.err()).contains("--sign goes with a PDF report only");
    }

    @Test
    void anExistingFileOfAnotherKindOrTheProjectItselfIsNotReplaced() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.docx"), "my notes");
        CliRunner refused = CliRunner.run("export", project.toString(), "-o", notes.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(Files.readString(notes)).isEqualTo("my notes");
        assertThat(CliRunner.run("export", project.toString(), "-o", notes.toString(), "--force").exitCode()).isZero();
        assertThat(CliRunner.run("export", project.toString(), "-o", notes.toString()).exitCode())
                .as("a Word document it wrote is replaced").isZero();
        // A workbook or a bundle renamed .docx starts like a Word document ("PK"): it is not one.
        Path workbook = dir.resolve("budget.docx");
        assertThat(CliRunner.run("findings", project.toString(), "-o", dir.resolve("f.xlsx").toString()).exitCode()).isZero();
        Files.copy(dir.resolve("f.xlsx"), workbook);
        byte[] workbookBytes = Files.readAllBytes(workbook);
        assertThat(CliRunner.run("export", project.toString(), "-o", workbook.toString()).exitCode())
                .isEqualTo(ExitCodes.IO_ERROR);
        assertThat(Files.readAllBytes(workbook)).isEqualTo(workbookBytes);
        Path same = dir.resolve("same.docx");
        Files.copy(project, same);
        assertThat(CliRunner.run("export", same.toString(), "-o", same.toString()).exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theProfileFileAndOptionsBrandTheReportWithoutChangingTheProject() throws Exception {
        Files.write(dir.resolve("contoso.png"), TestImages.png(300, 100));
        Path profile = Files.writeString(dir.resolve("contoso.json"), """
                {"organisation": "Contoso Advisory", "footer": "Contoso Advisory \\u00b7 Confidential",
                 "classification": "INTERNAL", "accent": "#0B6E4F", "logo": "contoso.png"}
                """);
        Path pdf = dir.resolve("r.pdf");
        CliRunner r = CliRunner.run("export", project.toString(), "-o", pdf.toString(), "--profile", profile.toString(),
                "--classification", "RESTRICTED \u2014 Northwind");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String text;
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
            assertThat(doc.getPage(0).getResources().getXObjectNames()).isNotEmpty();
        }
        assertThat(text).contains("RESTRICTED \u2014 Northwind", "Issued by Contoso Advisory",
                "Contoso Advisory \u00b7 Confidential").doesNotContain("INTERNAL");
        assertThat(Files.readAllBytes(project)).isEqualTo(Samples.webshopBytes());
    }

    @Test
    void aBadLogoOrProfileIsRefusedNamingTheFileAndTheProblem() throws Exception {
        Path svg = Files.writeString(dir.resolve("logo.png"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        CliRunner r = CliRunner.run("export", project.toString(), "-o", dir.resolve("r.pdf").toString(), "--logo",
                svg.toString());
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("logo.png", "SVG drawing; save it as PNG");
        assertThat(Files.exists(dir.resolve("r.pdf"))).isFalse();
        Path profile = Files.writeString(dir.resolve("p.json"), "{\"accent\": \"green\", \"logo\": \"logo.png\"}",
                StandardCharsets.UTF_8);
        CliRunner p = CliRunner.run("export", project.toString(), "-o", dir.resolve("r.pdf").toString(), "--profile",
                profile.toString());
        assertThat(p.exitCode()).isNotZero();
        assertThat(p.err()).contains("p.json", "/accent", "'green' is not of the form #RRGGBB", "/logo", "SVG drawing");
    }
}
