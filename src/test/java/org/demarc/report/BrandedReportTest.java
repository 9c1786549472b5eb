package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.demarc.fixtures.TestImages;
import org.demarc.model.Assessment;
import org.demarc.model.ReportProfile;
import org.demarc.project.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A report profile brands the PDF and its twin: the marking on every page, the logo on the cover, still PDF/A. */
class BrandedReportTest {
    static final String MARKING = "RESTRICTED \u2014 Northwind";
    private static Assessment branded;
    private static byte[] pdf;

    @BeforeAll
    static void render() {
        branded = Samples.webshop().withReportProfile(ReportProfile.NONE.withOrganisation("Contoso Advisory")
                .withClassification(MARKING).withFooter("Contoso Advisory, 1 Main Street")
                .withAccent("#0B6E4F").withLogo(TestImages.png(600, 200)));
        pdf = Reports.render(branded);
        Reports.write("sample-branded.pdf", pdf);
    }

    @Test
    void theMarkingIsOnEveryPageTwiceAndOnTheCoverThreeTimes() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                assertThat(count(text, MARKING)).as("page %d", page).isEqualTo(page == 1 ? 3 : 2);
                assertThat(text).as("page %d", page).contains("Contoso Advisory, 1 Main Street");
            }
        }
        assertThat(Reports.text(pdf)).contains("Issued by Contoso Advisory");
    }

    @Test
    void theLogoIsOnTheCoverOnly() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(images(doc, 0)).isEqualTo(1);
            assertThat(images(doc, 1)).isZero();
        }
    }

    /** veraPDF's check: slow, so in ./mvnw verify only. */
    @Tag("slow")
    @Test
    void theBrandedReportStaysPdfA() throws Exception {
        assertThat(PdfA.failures(pdf)).isEmpty();
    }

    /** veraPDF's check: slow, so in ./mvnw verify only. */
    @Tag("slow")
    @Test
    void theBrandedReportStaysAccessible() throws Exception {
        // The marking, footer line and logo are drawn outside the sections: they must be tagged too.
        assertThat(PdfA.accessibleFailures(pdf)).isEmpty();
    }

    @Test
    void theTwinCarriesTheMarkingInItsHeaderAndTheLogo() throws Exception {
        byte[] docx = new ReportExporter().renderDocx(branded, ReportOptions.defaults(), ProgressListener.NONE,
                () -> false);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getHeaderList()).anySatisfy(h -> assertThat(h.getText()).contains(MARKING));
            assertThat(doc.getFooterList()).anySatisfy(f -> assertThat(f.getText()).contains("Contoso Advisory, 1 Main"));
            assertThat(doc.getAllPictures()).hasSize(1);
        }
    }

    @Test
    void withoutAProfileTheReportIsUnchanged() {
        byte[] plain = Reports.render(Samples.webshop());
        assertThat(Reports.render(Samples.webshop().withReportProfile(ReportProfile.NONE))).isEqualTo(plain);
        assertThat(Reports.text(plain)).doesNotContain("Issued by");
    }

    private static int images(PDDocument doc, int page) throws Exception {
        int n = 0;
        var resources = doc.getPage(page).getResources();
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject) {
                n++;
            }
        }
        return n;
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
