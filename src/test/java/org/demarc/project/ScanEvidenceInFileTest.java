package org.demarc.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.demarc.assessment.ContentFingerprint;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;
import org.demarc.model.Assessment;
import org.demarc.model.ScanEvidence;
import org.junit.jupiter.api.Test;

/**
 * Scanner evidence is saved in the project file with each answer, only when there is any: files
 * written before it load and save to the same bytes and fingerprint, and it is part of the content
 * a sign-off covers.
 */
class ScanEvidenceInFileTest {
    static final ScanEvidence SCAN = new ScanEvidence("Prowler", "scans/prowler.csv", "ab".repeat(32), 7627,
            LocalDate.of(2025, 2, 14), 3, 1, 2, "medium", List.of("account_security_contact_information_is_registered"),
            List.of("arn:aws:iam::111122223333:root (eu-west-1)"));

    @Test
    void scanEvidenceSurvivesSaveAndLoadAndValidates() throws Exception {
        Assessment a = withScan(MiniFixtures.miniAssessment());
        byte[] bytes = ProjectWriter.toBytes(a);
        String json = new String(bytes, StandardCharsets.UTF_8);
        assertThat(json).contains("\"scanEvidence\"", "\"tool\": \"Prowler\"", "\"failed\": 1");
        Assessment back = new ProjectReader().read(bytes).value();
        assertThat(back).isEqualTo(a);
        assertThat(back.answers().get("OPS-01").scanEvidence()).containsExactly(SCAN);
        assertThat(ProjectSchemas.violations(ProjectSchemas.ASSESSMENT_ID, bytes)).isEmpty();
    }

    @Test
    void filesWithoutItKeepTheirBytesAndTheFingerprintCoversIt() throws Exception {
        byte[] old = Samples.webshopBytes();
        assertThat(ProjectWriter.toBytes(new ProjectReader().read(old).value())).isEqualTo(old);
        assertThat(new String(old, StandardCharsets.UTF_8)).doesNotContain("\"scanEvidence\"");
        Assessment plain = MiniFixtures.miniAssessment();
        assertThat(ContentFingerprint.of(withScan(plain))).isNotEqualTo(ContentFingerprint.of(plain));
    }

    @Test
    void aWrongValueIsReportedWhereItIs() {
        String json = new String(ProjectWriter.toBytes(withScan(MiniFixtures.miniAssessment())),
                StandardCharsets.UTF_8).replace("\"failed\": 1", "\"failed\": \"one\"");
        assertThatThrownBy(() -> new ProjectReader().read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidFileException.class)
                .satisfies(e -> assertThat(((InvalidFileException) e).problems()).extracting(Problem::location)
                        .contains("/answers/OPS-01/scanEvidence/0/failed"));
    }

    static Assessment withScan(Assessment a) {
        return a.withAnswer("OPS-01", a.answers().get("OPS-01").withScanEvidence(List.of(SCAN)));
    }
}
