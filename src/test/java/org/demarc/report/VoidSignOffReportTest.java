package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.demarc.assessment.SignOffs;
import org.demarc.model.Assessment;
import org.demarc.model.Engagement;
import org.demarc.report.pdfa.ArchivalMetadata;
import org.junit.jupiter.api.Test;

/** A project signed off and then edited is reported as a DRAFT whose sign-off is void, on the cover and every page. */
class VoidSignOffReportTest {
    private static final String VOID = "Sign-off void: content changed after sign-off";

    @Test
    void anEditedSignedOffProjectRendersAsADraftSayingTheSignOffIsVoid() throws IOException {
        Assessment signed = Reports.signedOffSample();
        Engagement e = signed.engagement();
        Assessment edited = signed.withEngagement(new Engagement(e.title(), e.client(), e.workload(), e.assessors(),
                e.startDate(), e.endDate(), e.scopeStatement() + " Edited by hand."));
        assertThat(SignOffs.isVoid(edited)).isTrue();
        assertThat(SignOffs.isVoid(signed)).isFalse();

        byte[] pdf = Reports.render(edited);
        Reports.write("void-sign-off.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                assertThat(pageText(doc, page)).as("page %d", page).contains("DRAFT \u00b7 " + VOID);
            }
            String cover = pageText(doc, 1);
            assertThat(cover).contains("Status DRAFT. " + VOID).doesNotContain("Status Signed off on");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains(":status>draft<");
            assertThat(ArchivalMetadata.fingerprintOf(xmp.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .isNotEqualTo(signed.signOff().fingerprint());
        }
        assertThat(Reports.text(pdf)).contains(VOID + ". This report is a draft");

        String intact = Reports.text(Reports.render(signed));
        assertThat(intact).doesNotContain(VOID).doesNotContain("DRAFT");
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }
}
