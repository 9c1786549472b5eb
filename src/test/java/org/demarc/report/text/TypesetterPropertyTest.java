package org.demarc.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.demarc.report.layout.Pen;
import org.demarc.testing.Gen;
import org.demarc.testing.Property;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Any string at all wraps into lines no wider than asked, and every line can be drawn. */
@Tag("slow")
class TypesetterPropertyTest {
    private static final TextStyle STYLE = new TextStyle(TextStyle.Weight.REGULAR, 9, java.awt.Color.BLACK);

    /** Every UTF-16 unit (lone surrogates, controls, private use) mixed with words and supplementary characters. */
    static Gen<String> anyText() {
        Gen<String> units = Gen.strings(0, 60);
        Gen<String> words = Gen.of("Prüfung ", "云服务共享责任", "클라우드 ", "مسؤولية العميل ", "אחריות ",
                "🔐👩\u200D💻 ", "देवनागरी ", "\n", "\t", "x".repeat(120), " ");
        Gen<String> supplementary = Gen.ints(0x10000, 0x10FFFF).map(Character::toString);
        return Gen.<String>oneOf(units, words, supplementary).list(30).map(l -> String.join("", l));
    }

    @Test
    void anyTextWrapsWithinTheWidthAndDraws() {
        Property.tries(300).forAll(anyText(), Gen.floats(40, 500), (text, width) -> {
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
        });
    }
}
