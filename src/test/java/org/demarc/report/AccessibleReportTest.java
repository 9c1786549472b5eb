package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.demarc.project.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report is tagged for assistive technology: veraPDF finds it PDF/UA-1 and PDF/A-2a, draft and
 * signed off, and its structure tree carries what a screen reader needs: headings by section, tables
 * with scoped header cells, lists, charts as figures whose alternative text states their figures.
 */
@Tag("slow")
class AccessibleReportTest {
    static byte[] draft;
    static byte[] signedOff;

    @BeforeAll
    static void render() {
        draft = Reports.render(Samples.webshop());
        signedOff = Reports.render(Reports.signedOffSample());
        Reports.write("accessible-draft.pdf", draft);
        Reports.write("accessible-signed-off.pdf", signedOff);
    }

    @Test
    void draftAndSignedOffSampleArePdfUa1AndPdfA2a() throws Exception {
        assertThat(PdfA.accessibleFailures(draft)).isEmpty();
        assertThat(PdfA.accessibleFailures(signedOff)).isEmpty();
    }

    @Test
    void theSignedReportStaysPdfUa1AndPdfA2a(@TempDir Path dir) throws Exception {
        byte[] signed = new ReportExporter().sign(signedOff,
                new SigningKey(TestKeys.keyStore(dir), TestKeys.ALIAS, TestKeys.PASSWORD.toCharArray()));
        assertThat(PdfA.accessibleFailures(signed)).isEmpty();
    }

    @Test
    void handoutAndExcerptsArePdfUa1AndPdfA2aToo() throws Exception {
        assertThat(PdfA.accessibleFailures(HandoutTest.handout(Samples.webshop(), HandoutTest.CHOSEN))).isEmpty();
        assertThat(PdfA.accessibleFailures(ExcerptReportTest.render(Samples.webshop(),
                ReportPart.domains(List.of("identity", "logging"))))).isEmpty();
    }

    @Test
    void declaresItselfTaggedInEnglishWithItsTitleShownAndBothIdentifications() throws Exception {
        try (PDDocument doc = Loader.loadPDF(draft)) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getStructureTreeRoot().getParentTree()).isNotNull();
            assertThat(catalog.getDocumentOutline().getFirstChild()).isNotNull();
            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>A</pdfaid:conformance>",
                    "<pdfuaid:part>1</pdfuaid:part>");
        }
    }

    @Test
    void structureHasHeadingsTablesWithScopedHeadersListsAndChartsWithTheirFigures() throws Exception {
        try (PDDocument doc = Loader.loadPDF(draft)) {
            List<PDStructureElement> all = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), all);
            assertThat(all).extracting(PDStructureElement::getStructureType)
                    .contains("Document", "Sect", "H1", "H2", "H3", "P", "Table", "TR", "TH", "TD", "L", "LI", "Lbl",
                            "LBody", "Figure", "TOC", "TOCI", "Link", "Form");
            List<String> scopes = all.stream().filter(e -> e.getStructureType().equals("TH"))
                    .map(AccessibleReportTest::scope).distinct().toList();
            assertThat(scopes).containsExactlyInAnyOrder(PDTableAttributeObject.SCOPE_COLUMN,
                    PDTableAttributeObject.SCOPE_ROW);
            List<String> alts = all.stream().filter(e -> e.getStructureType().equals("Figure"))
                    .map(PDStructureElement::getAlternateDescription).toList();
            assertThat(alts).isNotEmpty().allSatisfy(alt -> assertThat(alt).matches(".+: .*\\d.*"));
            // The first heading is the cover's title; each report section starts with an H1.
            assertThat(all.stream().filter(e -> e.getStructureType().equals("H1")).count()).isGreaterThan(5);
        }
    }

    private static String scope(PDStructureElement th) {
        var attributes = th.getAttributes();
        for (int i = 0; i < attributes.size(); i++) {
            PDAttributeObject a = attributes.getObject(i);
            if (a instanceof PDTableAttributeObject t) {
                return t.getScope();
            }
        }
        return null;
    }

    static void collect(PDStructureNode node, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                out.add(e);
                collect(e, out);
            }
        }
    }
}
