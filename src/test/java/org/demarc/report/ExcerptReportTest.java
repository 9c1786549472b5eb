package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.demarc.model.Assessment;
import org.demarc.project.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A part of the report holds only that part and says so on its cover and on every page. */
class ExcerptReportTest {
    static byte[] summary;
    static byte[] domains;

    @BeforeAll
    static void render() {
        summary = render(Samples.webshop(), ReportPart.summary());
        domains = render(Samples.webshop(), ReportPart.domains(List.of("identity", "logging")));
        Reports.write("excerpt-summary.pdf", summary);
        Reports.write("excerpt-identity-logging.pdf", domains);
    }

    static byte[] render(Assessment a, ReportPart part) {
        try {
            return new ReportExporter().render(a, ReportOptions.defaults().only(part), ProgressListener.NONE,
                    () -> false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSummaryOnlyHoldsTheCoverAndTheExecutiveSummary() {
        String text = Reports.text(summary);
        assertThat(text).contains("Excerpt of the report: the executive summary only",
                "not the complete report", "Executive summary", "Top gaps");
        assertThat(text).doesNotContain("Contents", "Responsibility matrix", "Findings by domain", "Action plan",
                "Inherited controls and provider evidence", "Sign-off", "Appendix");
    }

    @Test
    void selectedDomainsHoldTheirMatrixRowsFindingsAndActionsOnly() {
        String text = Reports.text(domains);
        assertThat(text).contains(
                "Excerpt of the report: the domains Identity and access management, Logging and monitoring",
                "Responsibility matrix", "Findings by domain", "Action plan", "IAM-01", "LOG-01");
        assertThat(text).doesNotContain("Executive summary", "Inherited controls and provider evidence",
                "Network and communications protection", "NET-01", "BCK-01", "Appendix");
    }

    @Test
    void everyPageOfAnExcerptSaysItIsOne() throws Exception {
        for (byte[] pdf : List.of(summary, domains)) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDFTextStripper stripper = new PDFTextStripper();
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    assertThat(stripper.getText(doc)).as("page %d", p).contains("Excerpt: the ");
                }
            }
        }
    }

    @Test
    void excerptsAreReproducible() {
        assertThat(render(Samples.webshop(), ReportPart.summary())).isEqualTo(summary);
    }

    /** veraPDF's check: slow, so in ./mvnw verify only. */
    @Tag("slow")
    @Test
    void excerptsArePdfA2b() throws Exception {
        assertThat(PdfA.failures(summary)).isEmpty();
        assertThat(PdfA.failures(domains)).isEmpty();
        assertThat(PdfA.failures(render(Reports.signedOffSample(), ReportPart.summary()))).isEmpty();
    }

    @Test
    void anExcerptOfASignedOffAssessmentKeepsItsStatusAndIsAnotherDocumentThanTheReport() throws Exception {
        byte[] part = render(Reports.signedOffSample(), ReportPart.summary());
        assertThat(Reports.text(part)).contains("Signed off on 2026-11-20", "Excerpt of the report")
                .doesNotContain("DRAFT");
        try (PDDocument a = Loader.loadPDF(part); PDDocument b = Loader.loadPDF(Reports.render(Reports.signedOffSample()))) {
            assertThat(a.getDocument().getDocumentID().toString())
                    .isNotEqualTo(b.getDocument().getDocumentID().toString());
        }
    }

    @Test
    void theWholeReportIsNotMarkedAsAnExcerpt() {
        assertThat(Reports.text(Reports.render(Samples.webshop()))).doesNotContain("Excerpt");
    }
}
