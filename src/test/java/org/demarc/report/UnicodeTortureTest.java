package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.demarc.model.Answer;
import org.demarc.model.Assessment;
import org.demarc.model.Engagement;
import org.demarc.project.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Any text a user can type renders, never an exception: accents, Greek and Cyrillic, Chinese,
 * Japanese, Korean, Hebrew and Arabic (joined, in visual order), emoji, control characters, broken
 * surrogates, scripts no shipped font has (shown as the replacement glyph), and a 100,000-character
 * finding that flows over many pages. The result is still PDF/A-2b.
 */
@Tag("slow")
class UnicodeTortureTest {
    static final String LATIN = "Prüfung der Zugriffsrechte für Größen: àéîõü ÆØÅ æøå ß Ł ő č ş ğ œ ﬁ";
    static final String GREEK_CYRILLIC = "Έλεγχος πρόσβασης · Проверка доступа";
    static final String CHINESE = "云服务共享责任模型中的客户责任";
    static final String JAPANESE = "クラウドの責任共有モデルを確認しました";
    static final String KOREAN = "클라우드 공동 책임 모델 검토";
    static final String ARABIC = "مسؤولية العميل في السحابة";
    static final String HEBREW = "אחריות הלקוח בענן";
    static final String EMOJI = "🔐 ✅ ⚠️ 👩‍💻 🚀";
    static final String CONTROLS = "tab\there\u0000nul\u0007bell\u001bescape\u007fdel\u0085next\r\nCRLF";
    static final String BROKEN = "lone \uD800 surrogate and \uDFFF other";
    static final String NO_FONT = "Devanagari देवनागरी, Thai ภาษาไทย, private \uE000, unassigned \u0378";
    static final String MIXED = "Order: " + ARABIC + " (AWS S3) and " + HEBREW + " 2026.";
    static final String HUGE_WORD = "x".repeat(3_000);

    static String torture;
    static String huge;
    static byte[] pdf;
    static String text;

    @BeforeAll
    static void render() {
        torture = String.join("\n", LATIN, GREEK_CYRILLIC, CHINESE, JAPANESE, KOREAN, ARABIC, HEBREW, EMOJI,
                CONTROLS, BROKEN, NO_FONT, MIXED, HUGE_WORD);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 100_000) {
            sb.append("Segment ").append(sb.length()).append(": ").append(LATIN).append(' ').append(CHINESE)
                    .append(' ').append(ARABIC).append(sb.length() % 7 == 0 ? "\n" : " ");
        }
        sb.setLength(100_000);
        huge = sb.toString();
        Assessment base = Samples.webshop();
        Engagement e = base.engagement();
        Assessment a = base.withEngagement(e.withTitle(CHINESE + " " + ARABIC + " " + EMOJI + " " + LATIN)
                .withClient(KOREAN + " GmbH \u0000").withWorkload(JAPANESE)
                .withAssessors(List.of(HEBREW, GREEK_CYRILLIC, EMOJI)).withScopeStatement(torture));
        Answer net = a.answers().get("NET-01");
        a = a.withAnswer("NET-01", net.withFinding(torture).withJustification(BROKEN));
        a = a.withAnswer("PAT-01", a.answers().get("PAT-01").withFinding(huge));
        pdf = Reports.render(a);
        Reports.write("unicode-torture.pdf", pdf);
        text = Reports.text(pdf);
    }

    @Test
    void isPdfA2b() throws Exception {
        assertThat(PdfA.failures(pdf)).isEmpty();
    }

    @Test
    void isPdfUa1AndPdfA2a() throws Exception {
        assertThat(PdfA.accessibleFailures(pdf)).isEmpty();
    }

    @Test
    void linesInAnotherScriptAreSpansInTheirLanguage() throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var all = new java.util.ArrayList<org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure
                    .PDStructureElement>();
            AccessibleReportTest.collect(doc.getDocumentCatalog().getStructureTreeRoot(), all);
            assertThat(all.stream().filter(e -> e.getStructureType().equals("Span")).map(e -> e.getLanguage()))
                    .contains("zh", "ja", "ko", "ar", "he").doesNotContain("en");
        }
    }

    @Test
    void latinGreekCyrillicChineseJapaneseKoreanHebrewAndArabicExtractAsTyped() {
        // PDFBox's text extraction turns the visual order drawn back into logical order, and joined Arabic
        // presentation forms back into letters: what comes out equals what was typed only if both were right.
        assertThat(text).contains("Prüfung der Zugriffsrechte", "àéîõü", "Έλεγχος πρόσβασης", "Проверка доступа",
                CHINESE, JAPANESE, KOREAN, HEBREW, ARABIC);
    }

    @Test
    void arabicIsDrawnJoinedAndRightToLeft() throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var drawn = new StringBuilder();
            var stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition p) {
                    drawn.append(p.getUnicode()); // in drawing order, before any normalisation
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(doc);
            // Joined letters are presentation forms (U+FE70–U+FEFF), never isolated letters (U+0600–U+06FF).
            assertThat(drawn.codePoints().filter(cp -> cp >= 0xFE70 && cp <= 0xFEFF).count()).isGreaterThan(20);
            assertThat(drawn.codePoints().filter(cp -> cp >= 0x0621 && cp <= 0x064A).count()).isZero();
            // The first word of the Arabic text, joined, is drawn last-letter-first.
            String firstWord = org.demarc.report.text.TextShaper.paragraphs("مسؤولية").get(0);
            assertThat(drawn.toString()).contains(new StringBuilder(firstWord).reverse().toString());
        }
    }

    @Test
    void emojiWithAShippedGlyphShow() {
        assertThat(text).contains("🔐", "✅", "🚀");
    }

    @Test
    void controlCharactersBecomeVisiblePictures() {
        // No shipped font has the control pictures (U+2400...), so they show as the replacement glyph.
        assertThat(text).contains("here\uFFFDnul\uFFFDbell\uFFFDescape\uFFFDdel");
    }

    @Test
    void charactersNoFontHasBecomeTheReplacementGlyph() {
        assertThat(text).contains("Devanagari \uFFFD", "lone \uFFFD surrogate");
    }

    @Test
    void aHundredThousandCharacterFindingFlowsOverPages() {
        assertThat(Reports.pages(pdf)).isGreaterThan(Reports.pages(Reports.render(Samples.webshop())) + 15);
        assertThat(text).contains("Segment 99");
        assertThat(text.replaceAll("\\s", "")).contains("x".repeat(3_000));
    }

    @Test
    void longTextNeverLeavesThePage() throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                float minX = Float.MAX_VALUE;
                float maxX = 0;
                float minY = Float.MAX_VALUE;
                float maxY = 0;

                @Override
                protected void writeString(String s, List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (var p : positions) {
                        if (p.getDir() != 0) {
                            continue; // rotated text: the DRAFT watermark, the matrix's service names
                        }
                        minX = Math.min(minX, p.getXDirAdj());
                        maxX = Math.max(maxX, p.getXDirAdj() + p.getWidthDirAdj());
                        minY = Math.min(minY, p.getYDirAdj());
                        maxY = Math.max(maxY, p.getYDirAdj());
                    }
                }
            };
            stripper.getText(doc);
            assertThat(stripper.minX).isGreaterThanOrEqualTo(49f);
            assertThat(stripper.maxX).isLessThanOrEqualTo(546f);
            assertThat(stripper.minY).isGreaterThan(20f);
            assertThat(stripper.maxY).isLessThan(842f - 20f);
        }
    }
}
