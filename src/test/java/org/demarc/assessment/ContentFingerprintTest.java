package org.demarc.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.demarc.project.ProjectReader;
import org.demarc.project.ProjectWriter;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.model.Assessment;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.model.SignOff;
import org.demarc.model.Signatory;
import org.junit.jupiter.api.Test;

class ContentFingerprintTest {
    /**
     * The committed test vector: the project file below and its digest, also computed outside
     * Demarc (SHA-256 of "demarc-content/1\n" + compact JSON of engagement, scope, answers, catalog).
     */
    static final String VECTOR = "/org/demarc/project/fingerprint-vector.demarc";
    static final String VECTOR_DIGEST = "f54b36ee12047d7d54a7bd71e465dc7a71db6648ae0f2c6514898efd556f0888";

    @Test
    void theTestVectorHasItsCommittedDigest() throws Exception {
        Assessment a = new ProjectReader().read(MiniFixtures.resource(VECTOR)).value();
        assertThat(ContentFingerprint.of(a)).isEqualTo(VECTOR_DIGEST);
    }

    @Test
    void theVectorIsWhatTheFixtureWrites() {
        assertThat(new String(ProjectWriter.toBytes(MiniFixtures.miniAssessment()), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(MiniFixtures.resource(VECTOR), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void signOffAndHistoryDoNotChangeTheFingerprint() {
        Assessment a = MiniFixtures.miniAssessment();
        String before = ContentFingerprint.of(a);
        Assessment signed = a.withSignOff(new SignOff(List.of(new Signatory("Ada", "Lead", "Org",
                LocalDate.of(2026, 11, 7), "Agreed")), before, Instant.parse("2026-11-07T10:00:00Z")))
                .withEvent(new HistoryEvent(Instant.parse("2026-11-07T10:00:00Z"), HistoryKind.SIGNED_OFF, "Ada", ""));
        assertThat(ContentFingerprint.of(signed)).isEqualTo(before);
    }

    @Test
    void anyContentChangeChangesTheFingerprint() {
        Assessment a = MiniFixtures.miniAssessment();
        String before = ContentFingerprint.of(a);
        Assessment edited = a.withAnswer("OPS-01", a.answers().get("OPS-01").withFinding("Patched weekly."));
        Assessment rescoped = a.withScope(new java.util.TreeSet<>(List.of("t.vm")));
        Assessment commented = a.withAnswer("OPS-01", a.answers().get("OPS-01").withComment("changed"));
        assertThat(ContentFingerprint.of(edited)).isNotEqualTo(before);
        assertThat(ContentFingerprint.of(rescoped)).isNotEqualTo(before);
        // Internal comments are part of the content: a signed-off assessment cannot change them silently.
        assertThat(ContentFingerprint.of(commented)).isNotEqualTo(before);
    }

    @Test
    void shortFormIsTwelveHexDigits() {
        assertThat(ContentFingerprint.shortForm(VECTOR_DIGEST)).isEqualTo("f54b36ee1204");
    }
}
