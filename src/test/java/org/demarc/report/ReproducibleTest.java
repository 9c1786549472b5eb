package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.CancellationException;

import org.demarc.project.Samples;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The same project gives the same bytes, whatever the day or the time zone; progress and cancel work. */
class ReproducibleTest {
    @Test
    void exportingTwiceGivesIdenticalBytes() {
        byte[] first = Reports.render(Samples.webshop());
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            byte[] second = Reports.render(Samples.webshop());
            assertThat(second).isEqualTo(first);
        } finally {
            TimeZone.setDefault(zone);
        }
        assertThat(Reports.render(Reports.signedOffSample())).isEqualTo(Reports.render(Reports.signedOffSample()));
    }

    @Test
    void anEmptyAssessmentRenders() {
        assertThat(Reports.text(emptyReport())).contains("Untitled assessment", "No services are in scope.");
    }

    /** veraPDF's check: slow, so in ./mvnw verify only. */
    @Tag("slow")
    @Test
    void anEmptyAssessmentRendersAsPdfA() throws Exception {
        assertThat(PdfA.failures(emptyReport())).isEmpty();
    }

    private static byte[] emptyReport() {
        return Reports.render(org.demarc.model.Assessment.create(org.demarc.model.Engagement.empty(),
                org.demarc.catalog.BuiltInCatalog.load(), new org.demarc.model.HistoryEvent(
                        java.time.Instant.parse("2026-11-01T00:00:00Z"), org.demarc.model.HistoryKind.CREATED, "", "")));
    }

    @Test
    void progressRisesToOneAndCancelStopsTheExport() throws Exception {
        List<Double> seen = new ArrayList<>();
        new ReportExporter().render(Samples.webshop(), ReportOptions.defaults(), (f, step) -> {
            assertThat(step).isNotBlank();
            seen.add(f);
        }, () -> false);
        assertThat(seen).isSorted().last().isEqualTo(1.0);

        int[] polls = {0};
        assertThatThrownBy(() -> new ReportExporter().render(Samples.webshop(), ReportOptions.defaults(),
                ProgressListener.NONE, () -> ++polls[0] > 3)).isInstanceOf(CancellationException.class);
    }
}
