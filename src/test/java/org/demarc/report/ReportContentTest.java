package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.demarc.model.Answer;
import org.demarc.model.Assessment;
import org.demarc.assessment.ContentFingerprint;
import org.demarc.project.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a reader finds in the sample's report, by text extraction. */
class ReportContentTest {
    static byte[] draft;
    static byte[] signedOff;
    static String draftText;
    static String signedText;

    @BeforeAll
    static void render() {
        draft = Reports.render(Samples.webshop());
        signedOff = Reports.render(Reports.signedOffSample());
        Reports.write("sample-draft.pdf", draft);
        Reports.write("sample-signed-off.pdf", signedOff);
        draftText = Reports.text(draft);
        signedText = Reports.text(signedOff);
    }

    @Test
    void everySectionIsThere() {
        for (String heading : List.of("Contents", "Executive summary", "Scope", "Responsibility matrix",
                "Findings by domain", "Action plan", "Inherited controls and provider evidence", "Sign-off",
                "Appendix", "Framework mappings")) {
            assertThat(draftText).contains(heading);
        }
    }

    @Test
    void coverNamesClientWorkloadAssessorsCatalogAndStatus() {
        assertThat(draftText).contains("Web shop shared-responsibility review", "Northwind Retail GmbH",
                "shop.northwind.example", "Alex Morgan (lead auditor)", "Sam Okafor",
                "AWS shared responsibility catalog, version " + org.demarc.catalog.BuiltInCatalog.load().version(), "DRAFT: not signed off");
        assertThat(signedText).contains("Signed off on 2026-11-20 by Dana Whitfield, Alex Morgan")
                .doesNotContain("DRAFT");
    }

    @Test
    void theAppendixListsThePageOfEveryOverrideInScope() {
        String appendix = draftText.substring(draftText.lastIndexOf("Sources Each category default"));
        assertThat(appendix).contains("Infrastructure services \u2013 category default Shared Responsibility Model",
                "Amazon RDS PAT-02 Shared Maintaining a DB instance - Amazon Relational Database Service",
                "checked 2026-12-01");
        // Overrides still without a page are listed and say so; services out of scope are not listed.
        assertThat(appendix).contains("Amazon VPC VUL-01 n/a no source named in the catalog")
                // A cell with nothing to act on reads as not applicable and names where it is assessed.
                .contains("Amazon VPC PAT-02 n/a (see Amazon EC2) Compare NAT gateways and NAT instances")
                .doesNotContain("Elastic Beanstalk");
    }

    @Test
    void everyPageOfADraftSaysDraftAndShowsPageAndFingerprint() throws Exception {
        String shortFp = ContentFingerprint.shortForm(ContentFingerprint.of(Samples.webshop()));
        try (PDDocument doc = Loader.loadPDF(draft)) {
            int n = doc.getNumberOfPages();
            for (int p = 1; p <= n; p++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(p);
                s.setEndPage(p);
                String page = s.getText(doc);
                assertThat(page).as("page %d", p).contains("DRAFT").contains("Page " + p + " of " + n)
                        .contains("Fingerprint " + shortFp);
            }
        }
    }

    @Test
    void matrixCellsShowTheResponsibilityOfEachControlAndService() {
        // PHY-01 is the provider's for every service; NET-01 is the customer's on EC2 (security groups).
        assertThat(draftText).containsPattern("PHY-01 Physical and environmental (security )?P P P P P P P P P P");
        assertThat(draftText).contains("Amazon EC2", "AWS Lambda", "Services 1\u201310 of 10");
        assertThat(draftText).contains("P Provider", "S Shared", "C Customer");
    }

    @Test
    void findingsShowTheNotesButNeverTheInternalComments() {
        Assessment a = Samples.webshop();
        assertThat(draftText).contains("Security group sg-web allows SSH (22/tcp) from 0.0.0.0/0 on the web tier.")
                .contains("Remove 0.0.0.0/0 SSH ingress; use SSM Session Manager")
                .contains("5d2a1c0b7e3f4a6b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d")
                .contains("Group SIEM retains logs for 400 days");
        for (Answer answer : a.answers().values()) {
            if (!answer.comment().isBlank()) {
                assertThat(draftText).as("internal comment").doesNotContain(answer.comment());
                assertThat(draftText.replaceAll("\\s+", " ")).doesNotContain(answer.comment().replaceAll("\\s+", " "));
            }
        }
    }

    @Test
    void actionPlanOrdersGapsByPriority() {
        int plan = draftText.indexOf("Action plan The gaps, highest priority first");
        assertThat(plan).isPositive();
        int net = draftText.indexOf("Remove 0.0.0.0/0 SSH ingress", plan);
        int trn = draftText.indexOf("Add AWS security fundamentals to onboarding", plan);
        assertThat(net).isPositive().isLessThan(trn);
    }

    @Test
    void inheritedControlsListTheProviderEvidence() {
        assertThat(draftText).contains("AWS SOC 2 Type II report", "2025-10-01 to", "2026-11-04",
                "AWS ISO/IEC 27001:2022");
    }

    @Test
    void providerEvidenceOlderThanAYearBeforeTheReportDateIsMarked() {
        assertThat(draftText).doesNotContain("older than a year");
        Assessment a = Samples.webshop();
        Answer phy = a.answers().get("PHY-01");
        var old = new org.demarc.model.ProviderEvidence("AWS SOC 1 Type II report", "Auditor",
                java.time.LocalDate.of(2024, 4, 1), java.time.LocalDate.of(2025, 3, 31),
                java.time.LocalDate.of(2025, 5, 2), "AWS Artifact", "");
        Answer withOld = phy.withProviderEvidence(List.of(old));
        String text = Reports.text(Reports.render(a.withAnswer("PHY-01", withOld)));
        assertThat(text).contains("2025-05-02 (older than a year)");
    }

    @Test
    void signOffPageNamesTheSignatoriesAndTheFingerprint() {
        assertThat(signedText).contains("Dana Whitfield", "CISO", "I accept the findings and the action plan.",
                "Alex Morgan", "Lead auditor", ContentFingerprint.of(Samples.webshop()));
        assertThat(draftText).contains("Not signed off: this report is a draft");
    }

    @Test
    void appendixMapsEveryControlToTheThreeFrameworks() {
        assertThat(draftText).contains("NIST SP 800-53 Rev. 5", "ISO/IEC 27001:2022", "CSA CCM v4", "SI-2");
    }

    @Test
    void metadataBookmarksAndContentsLinks() throws Exception {
        try (PDDocument doc = Loader.loadPDF(draft)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Web shop shared-responsibility review");
            assertThat(info.getAuthor()).contains("Alex Morgan");
            assertThat(info.getSubject()).contains("Northwind Retail GmbH");
            assertThat(info.getKeywords()).contains("shared responsibility");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(java.time.Instant.parse("2026-11-09T08:30:00Z"));
            List<String> bookmarks = new java.util.ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
                item.children().forEach(c -> bookmarks.add("  " + c.getTitle()));
            }
            assertThat(bookmarks).contains("Executive summary", "Responsibility matrix", "Findings by domain",
                    "  Patch and vulnerability management", "Sign-off", "Appendix");
            long links = doc.getPage(1).getAnnotations().stream().filter(PDAnnotationLink.class::isInstance).count();
            assertThat(links).isEqualTo(bookmarks.size());
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("<demarc:fingerprint>" + ContentFingerprint.of(Samples.webshop()))
                    .contains("pdfaExtension:schemas").contains("<pdfaid:part>2</pdfaid:part>");
        }
    }
}
