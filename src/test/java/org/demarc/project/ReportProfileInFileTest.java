package org.demarc.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.demarc.assessment.ContentFingerprint;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.fixtures.TestImages;
import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;
import org.demarc.model.Assessment;
import org.demarc.model.ReportProfile;
import org.junit.jupiter.api.Test;

/**
 * The report profile is saved in the project file only when set (older files keep their bytes),
 * outside the content fingerprint, and a bad accent or logo is reported where it is.
 */
class ReportProfileInFileTest {
    static final ReportProfile NORTHWIND = ReportProfile.NONE.withOrganisation("Contoso Advisory")
            .withClassification("RESTRICTED \u2014 Northwind").withFooter("Contoso Advisory \u00b7 Confidential")
            .withAccent("#0B6E4F").withLogo(TestImages.png(120, 40));

    @Test
    void theProfileSurvivesSaveAndLoadAndFitsTheSchema() throws Exception {
        Assessment a = MiniFixtures.miniAssessment().withReportProfile(NORTHWIND);
        byte[] bytes = ProjectWriter.toBytes(a);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"reportProfile\"",
                "\"classification\": \"RESTRICTED \u2014 Northwind\"", "\"accent\": \"#0B6E4F\"");
        Assessment back = new ProjectReader().read(bytes).value();
        assertThat(back).isEqualTo(a);
        assertThat(back.reportProfile().logoBytes()).isEqualTo(TestImages.png(120, 40));
        assertThat(ProjectSchemas.violations(ProjectSchemas.ASSESSMENT_ID, bytes)).isEmpty();
    }

    @Test
    void filesWithoutOneKeepTheirBytesAndBrandingDoesNotChangeTheFingerprint() throws Exception {
        byte[] old = Samples.webshopBytes();
        Assessment read = new ProjectReader().read(old).value();
        assertThat(read.reportProfile()).isEqualTo(ReportProfile.NONE);
        assertThat(ProjectWriter.toBytes(read)).isEqualTo(old);
        assertThat(ContentFingerprint.of(read.withReportProfile(NORTHWIND))).isEqualTo(ContentFingerprint.of(read));
        Assessment partial = read.withReportProfile(ReportProfile.NONE.withClassification("INTERNAL"));
        assertThat(new String(ProjectWriter.toBytes(partial), StandardCharsets.UTF_8))
                .contains("\"classification\": \"INTERNAL\"").doesNotContain("\"accent\"", "\"logo\"");
    }

    @Test
    void aBadAccentOrLogoIsReportedWhereItIs() {
        String json = new String(ProjectWriter.toBytes(MiniFixtures.miniAssessment().withReportProfile(NORTHWIND)),
                StandardCharsets.UTF_8).replace("\"#0B6E4F\"", "\"green\"")
                .replaceAll("\"logo\": \"[^\"]+\"", "\"logo\": \"PHN2Zz48L3N2Zz4=\"");
        assertThatThrownBy(() -> new ProjectReader().read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidFileException.class)
                .satisfies(e -> assertThat(((InvalidFileException) e).problems())
                        .extracting(Problem::location, Problem::text)
                        .contains(org.assertj.core.groups.Tuple.tuple("/reportProfile/accent",
                                        "the accent colour 'green' is not of the form #RRGGBB (for example #1D4E89)"),
                                org.assertj.core.groups.Tuple.tuple("/reportProfile/logo",
                                        "the logo is an SVG drawing; save it as PNG (or JPEG) and choose that file")));
    }
}
