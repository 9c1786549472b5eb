package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.project.Samples;
import org.demarc.report.sections.ReportContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's editable twin: what POI finds in it, its bytes, and what LibreOffice makes of it. */
class DocxTwinTest {
    private static final String FINDING = "RDS automated backups (7 days) exist; restores have never been tested.";
    private static byte[] docx;

    @TempDir
    Path dir;

    @BeforeAll
    static void render() throws Exception {
        docx = docx(Samples.webshop());
        Reports.write("sample-twin.docx", docx);
    }

    static byte[] docx(Assessment a) throws Exception {
        return new ReportExporter().renderDocx(a, ReportOptions.defaults(), ProgressListener.NONE, () -> false);
    }

    @Test
    void itOpensWithTheWorkingCopyNoticeFirstAndEverySectionAsAHeading() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs().get(0).getText()).startsWith("Working copy \u2014 the signed PDF is the record");
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).containsSubsequence(Messages.get("report.summary.title"),
                    Messages.get("report.scope.title"), Messages.get("report.matrix.title"),
                    Messages.get("report.findings.title"), Messages.get("report.actions.title"),
                    Messages.get("report.inherited.title"), Messages.get("report.signoff.title"),
                    Messages.get("report.appendix.title"));
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .contains("Identity and access management", Messages.get("report.appendix.catalog"));
        }
    }

    @Test
    void theFindingsTheMatrixAndTheActionPlanAreTables() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String tables = doc.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
            assertThat(tables).contains(FINDING, Messages.get("report.findings.question"),
                    Messages.get("report.actions.rank"));
            XWPFTable matrix = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals(Messages.get("report.actions.control"))
                            && t.getRow(0).getTableCells().size() > 3)
                    .findFirst().orElseThrow();
            assertThat(matrix.getRow(0).isRepeatHeader()).isTrue();
            assertThat(matrix.getText()).contains("Amazon S3", "IAM-01");
            String all = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(all).contains(Messages.get("report.appendix.catalog.fingerprint",
                    org.demarc.catalog.CatalogFingerprint.of(Samples.webshop().catalog())));
        }
    }

    @Test
    void theSameProjectGivesTheSameBytesDatedByTheReport() throws Exception {
        assertThat(docx(Samples.webshop())).isEqualTo(docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getProperties().getCoreProperties().getCreated().toInstant())
                    .isEqualTo(ReportContext.reportInstant(Samples.webshop()));
        }
    }

    @Test
    void libreOfficeConvertsItAndTheFindingsReadBack() throws Exception {
        // LibreOffice is too large for .ci/run to install; where it is absent this check is skipped, said so here.
        org.junit.jupiter.api.Assumptions.assumeTrue(onPath("soffice"),
                "soffice (LibreOffice) is not on PATH: the twin is not converted; install libreoffice-writer-nogui");
        Path in = Files.write(dir.resolve("twin.docx"), docx);
        ExternalTool lo = ExternalTool.run("soffice", "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), in.toString());
        Path pdf = dir.resolve("twin.pdf");
        assertThat(Files.exists(pdf)).as(lo.output()).isTrue();
        ExternalTool text = ExternalTool.run("pdftotext", pdf.toString(), "-");
        String flat = text.output().replaceAll("\\s+", " ");
        assertThat(flat).contains(FINDING.replaceAll("\\s+", " "), "Working copy", Messages.get("report.findings.title"));
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        return java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }
}
