package org.demarc.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.demarc.assessment.ContentFingerprint;
import org.demarc.assessment.SignOffs;
import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;
import org.demarc.model.Assessment;
import org.demarc.model.Signatory;
import org.junit.jupiter.api.Test;

/**
 * The digital signature of a sign-off is saved in the project file, and only when there is one:
 * sign-offs without it keep their bytes; the signature does not change the content fingerprint.
 */
class SignatureInFileTest {
    private static final String SIGNATURE = "MIIBAgMEBQYHCAkKCwwNDg8Q+/0=";

    @Test
    void theSignatureSurvivesSaveAndLoadAndConformsToTheSchema() throws Exception {
        Assessment signedOff = signedOff();
        Assessment signed = signedOff.withSignOff(signedOff.signOff().withSignature(SIGNATURE));
        byte[] bytes = ProjectWriter.toBytes(signed);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"signature\": \"" + SIGNATURE + "\"");
        Assessment back = new ProjectReader().read(bytes).value();
        assertThat(back).isEqualTo(signed);
        assertThat(back.signOff().signature()).isEqualTo(SIGNATURE);
        assertThat(ContentFingerprint.of(back)).isEqualTo(signedOff.signOff().fingerprint());
        assertThat(ProjectSchemas.violations(ProjectSchemas.ASSESSMENT_ID, bytes)).isEmpty();
    }

    @Test
    void aSignOffWithoutASignatureKeepsItsBytes() throws Exception {
        byte[] bytes = ProjectWriter.toBytes(signedOff());
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\"signature\"");
        assertThat(ProjectWriter.toBytes(new ProjectReader().read(bytes).value())).isEqualTo(bytes);
    }

    @Test
    void aSignatureThatIsNotBase64IsReportedWhereItIs() {
        Assessment signedOff = signedOff();
        String json = new String(ProjectWriter.toBytes(signedOff.withSignOff(signedOff.signOff()
                .withSignature(SIGNATURE))), StandardCharsets.UTF_8).replace(SIGNATURE, "not base64!");
        assertThatThrownBy(() -> new ProjectReader().read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidFileException.class)
                .satisfies(e -> assertThat(((InvalidFileException) e).problems()).extracting(Problem::location)
                        .contains("/signOff/signature"));
        assertThat(ProjectSchemas.violations(ProjectSchemas.ASSESSMENT_ID, json.getBytes(StandardCharsets.UTF_8)))
                .isNotEmpty();
    }

    @Test
    void reopeningDropsTheSignatureWithTheSignOff() {
        Assessment signedOff = signedOff();
        Assessment signed = signedOff.withSignOff(signedOff.signOff().withSignature(SIGNATURE));
        assertThat(SignOffs.reopen(signed, Instant.parse("2026-11-21T09:00:00Z"), "Alex", "").signOff()).isNull();
    }

    @Test
    void theShippedSignedOffSampleIsTheWebShopSampleAfterSignOffWithoutADigitalSignature() throws Exception {
        byte[] bytes = Samples.webshopSignedOffBytes();
        Assessment sample = new ProjectReader().read(bytes).value();
        assertThat(sample.isSignedOff()).isTrue();
        assertThat(SignOffs.isVoid(sample)).isFalse();
        assertThat(sample.signOff().isDigitallySigned()).as("no private key is published").isFalse();
        assertThat(sample.signOff().fingerprint()).isEqualTo(ContentFingerprint.of(Samples.webshop()));
        assertThat(ProjectWriter.toBytes(org.demarc.fixtures.SampleWriter.signedOff(Samples.webshop())))
                .as("regenerate it with SampleWriter").isEqualTo(bytes);
        assertThat(ProjectSchemas.violations(ProjectSchemas.ASSESSMENT_ID, bytes)).isEmpty();
    }

    private static Assessment signedOff() {
        return SignOffs.signOff(Samples.webshop(), List.of(new Signatory("Dana Whitfield", "CISO", "Northwind",
                LocalDate.of(2026, 11, 20), "Agreed.")), Instant.parse("2026-11-20T15:00:00Z"), "Alex");
    }
}
