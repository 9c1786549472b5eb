package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.demarc.catalog.BuiltInCatalog;
import org.demarc.catalog.CatalogFingerprint;
import org.demarc.io.Problem;
import org.demarc.model.Assessment;
import org.demarc.project.ProjectReader;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;

/**
 * An embedded catalog that claims the built-in id and version but hides a flipped cell (IAM
 * permissions to the provider) is named when the project is read and in the report.
 */
class NotBuiltInCatalogTest {
    /** The sample with IAM-01 held by the provider for abstracted services, under the built-in name. */
    static byte[] flipped() {
        String json = new String(Samples.webshopBytes(), StandardCharsets.UTF_8);
        int control = json.indexOf("\"id\": \"IAM-01\"", json.indexOf("\"catalog\""));
        int abstracted = json.indexOf("\"ABSTRACTED\": \"CUSTOMER\"", control);
        String flipped = json.substring(0, abstracted) + "\"ABSTRACTED\": \"PROVIDER\""
                + json.substring(abstracted + "\"ABSTRACTED\": \"CUSTOMER\"".length());
        return flipped.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readingTheProjectWarnsWithTheCells() throws Exception {
        var loaded = new ProjectReader().read(flipped());
        assertThat(loaded.warnings()).extracting(Problem::describe)
                .anyMatch(w -> w.contains("claims to be the built-in"))
                .anyMatch(w -> w.contains("IAM-01 on aws.s3: CUSTOMER in the built-in catalog, PROVIDER here"));
        assertThat(new ProjectReader().read(Samples.webshopBytes()).warnings()).isEmpty();
    }

    @Test
    void theReportSaysSoOnTheScopePageAndListsTheCellsInTheAppendix() throws Exception {
        Assessment a = new ProjectReader().read(flipped()).value();
        String text = Reports.text(Reports.render(a)).replaceAll("\\s+", " ");
        assertThat(text).contains("Notice: the catalog of this assessment claims to be the built-in")
                .contains("Cells that differ from the built-in catalog")
                .contains(CatalogFingerprint.of(a.catalog()));
        int appendix = text.lastIndexOf("Cells that differ from the built-in catalog");
        assertThat(text.substring(appendix)).contains("IAM-01 aws.s3 Customer Provider");
        String plain = Reports.text(Reports.render(Samples.webshop())).replaceAll("\\s+", " ");
        assertThat(plain).doesNotContain("Notice: the catalog").contains(CatalogFingerprint.of(BuiltInCatalog.load()));
    }
}
