package org.demarc.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.demarc.fixtures.MiniFixtures;
import org.demarc.model.Assessment;
import org.demarc.model.Signatory;
import org.demarc.project.ProjectReader;
import org.demarc.project.ProjectWriter;
import org.demarc.assessment.SignOffs;
import org.junit.jupiter.api.Test;

/** A signed-off project edited outside Demarc is detected on load and does not silently stay "signed off". */
class SignOffTamperTest {
    @Test
    void anEditOutsideDemarcIsDetected() throws Exception {
        Assessment signed = SignOffs.signOff(MiniFixtures.miniAssessment(), List.of(new Signatory("Ada", "Lead", "Org",
                LocalDate.of(2026, 11, 13), "Agreed")), Instant.parse("2026-11-13T16:00:00Z"), "ada");
        String text = new String(ProjectWriter.toBytes(signed), StandardCharsets.UTF_8)
                .replace("Guest OS patched monthly; databases lag.", "Guest OS patched monthly.");
        var loaded = new ProjectReader().read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(loaded.warnings()).anySatisfy(w -> assertThat(w.describe())
                .contains("/signOff/fingerprint").contains("changed since it was signed off"));
        AssessmentSession session = new AssessmentSession();
        session.load(loaded.value(), null, false);
        assertThat(session.signOffBrokenProperty().get()).isTrue();

        session.load(signed, null, false);
        assertThat(session.signOffBrokenProperty().get()).isFalse();
    }
}
