package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.demarc.project.Samples;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Poppler, an independent PDF reader, extracts the text, finds every font embedded and renders the pages. */
@Tag("external")
class PopplerTest {
    @TempDir
    Path dir;

    @Test
    void pdftotextReadsTheReport() throws Exception {
        Path pdf = Reports.write("poppler-sample.pdf", Reports.render(Samples.webshop()));
        ExternalTool t = ExternalTool.run("pdftotext", "-enc", "UTF-8", ExternalTool.path(pdf), "-");
        assertThat(t.exitCode()).as(t.output()).isZero();
        assertThat(t.output()).contains("Executive summary", "Northwind Retail GmbH", "Responsibility matrix",
                "Security group sg-web allows SSH");
    }

    @Test
    void pdffontsFindsEveryFontEmbedded() throws Exception {
        Path pdf = Reports.write("poppler-torture.pdf", torture());
        ExternalTool t = ExternalTool.run("pdffonts", ExternalTool.path(pdf));
        assertThat(t.exitCode()).as(t.output()).isZero();
        List<String> fonts = t.output().lines().skip(2).toList();
        assertThat(fonts).hasSizeGreaterThanOrEqualTo(4);
        for (String line : fonts) {
            // name, type, encoding, emb, sub, uni, object: the "emb" column is yes for every font.
            assertThat(line).as(line).contains("CID TrueType").containsPattern("Identity-H\\s+yes\\s+yes\\s+yes");
        }
    }

    @Test
    void pdftoppmRendersEveryPageWithoutError() throws Exception {
        Path pdf = Reports.write("poppler-render.pdf", torture());
        ExternalTool t = ExternalTool.run("pdftoppm", "-r", "20", "-png", ExternalTool.path(pdf),
                ExternalTool.path(dir.resolve("page")));
        assertThat(t.exitCode()).as(t.output()).isZero();
        assertThat(t.output()).doesNotContainIgnoringCase("error");
        try (var files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(Reports.pages(Files.readAllBytes(pdf)));
        }
    }

    private static byte[] torture() {
        var a = Samples.webshop();
        return Reports.render(a.withAnswer("NET-01", a.answers().get("NET-01").withFinding(
                String.join("\n", UnicodeTortureTest.CHINESE, UnicodeTortureTest.KOREAN, UnicodeTortureTest.ARABIC,
                        UnicodeTortureTest.EMOJI, UnicodeTortureTest.LATIN))));
    }
}
