package org.demarc.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.FloatRange;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.demarc.report.layout.Pen;

/** Any string at all wraps into lines no wider than asked, and every line can be drawn. */
class TypesetterPropertyTest {
    private static final TextStyle STYLE = new TextStyle(TextStyle.Weight.REGULAR, 9, java.awt.Color.BLACK);

    /** Every UTF-16 unit (lone surrogates, controls, private use) mixed with words and supplementary characters. */
    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> units = Arbitraries.strings().all().ofMaxLength(60);
        Arbitrary<String> words = Arbitraries.of("Prüfung ", "云服务共享责任", "클라우드 ", "مسؤولية العميل ", "אחריות ",
                "🔐👩\u200D💻 ", "देवनागरी ", "\n", "\t", "x".repeat(120), " ");
        Arbitrary<String> supplementary = Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString);
        return Arbitraries.oneOf(units, words, supplementary).list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void anyTextWrapsWithinTheWidthAndDraws(@ForAll("anyText") String text,
                                            @ForAll @FloatRange(min = 40, max = 500) float width) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Typesetter ts = new Typesetter(new FontSet(doc));
            List<Line> lines = ts.lines(text, STYLE, width);
            assertThat(lines).isNotEmpty();
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (Line line : lines) {
                    assertThat(line.width()).as(line.text()).isLessThanOrEqualTo(width + 0.01f);
                    Pen.text(cs, ts.fonts(), line, 10, 10);
                }
            }
            doc.save(new java.io.ByteArrayOutputStream());
        }
    }
}
