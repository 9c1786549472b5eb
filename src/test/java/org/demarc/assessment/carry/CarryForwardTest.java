package org.demarc.assessment.carry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.demarc.fixtures.MiniFixtures;
import org.demarc.model.Answer;
import org.demarc.model.Assessment;
import org.demarc.model.HistoryKind;
import org.demarc.model.SignOff;
import org.junit.jupiter.api.Test;

class CarryForwardTest {
    private static final Instant AT = Instant.parse("2027-11-01T08:00:00Z");

    @Test
    void scopeAnswersAndEvidenceComeAlongFlaggedWithTheirDateAndWithoutSignOff() {
        Assessment last = MiniFixtures.miniAssessment();
        Assessment signed = last.withSignOff(new SignOff(java.util.List.of(), "abc", Instant.parse("2026-11-07T12:00:00Z")));
        Path lastFile = Path.of("/audits/2026/payments.demarc");
        Assessment next = CarryForward.from(signed, lastFile, Path.of("/audits/2027/payments.demarc"),
                "Payments platform review 2027", AT, "Ada");

        assertThat(next.scope()).isEqualTo(last.scope());
        assertThat(next.catalog()).isEqualTo(last.catalog());
        assertThat(next.answers().keySet()).isEqualTo(last.answers().keySet());
        for (String id : last.answers().keySet()) {
            Answer before = last.answers().get(id);
            Answer after = next.answers().get(id);
            assertThat(after.flagged()).as(id).isTrue();
            assertThat(after.lastConfirmed()).as(id).isEqualTo(before.lastConfirmed());
            assertThat(after.status()).isEqualTo(before.status());
            assertThat(after.finding()).isEqualTo(before.finding());
        }
        assertThat(next.answers().get("OPS-01").evidence()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("/audits/2026/evidence/patch-report.pdf");
            assertThat(e.sha256()).isEqualTo(last.answers().get("OPS-01").evidence().get(0).sha256());
        });
        assertThat(next.isSignedOff()).isFalse();
        assertThat(next.engagement().title()).isEqualTo("Payments platform review 2027");
        assertThat(next.engagement().client()).isEqualTo("Example Corp");
        assertThat(next.engagement().startDate()).isNull();
        assertThat(next.history()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(HistoryKind.CARRIED_FORWARD);
            assertThat(h.at()).isEqualTo(AT);
            assertThat(h.detail()).startsWith("Carried forward from 'Payments platform review' (payments.demarc, "
                    + "fingerprint ").endsWith(", signed off 2026-11-07T12:00:00Z): 3 answers flagged for review");
        });
    }

    @Test
    void evidenceBesideTheProjectStaysRelativeWhenTheNewFileIsInTheSameFolder() {
        Assessment last = MiniFixtures.miniAssessment();
        Assessment next = CarryForward.from(last, Path.of("/audits/payments.demarc"),
                Path.of("/audits/payments-2027.demarc"), "", AT, "Ada");
        assertThat(next.answers().get("OPS-01").evidence().get(0).path()).isEqualTo("evidence/patch-report.pdf");
        assertThat(next.engagement().title()).isEqualTo(last.engagement().title());
    }
}
