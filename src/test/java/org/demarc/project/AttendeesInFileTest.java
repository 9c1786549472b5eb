package org.demarc.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.demarc.assessment.ContentFingerprint;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;
import org.demarc.model.Assessment;
import org.demarc.model.Attendee;
import org.junit.jupiter.api.Test;

/**
 * Workshop attendees, who confirmed an answer and parked answers are saved in the project file, and
 * only when set: files written before them load and save to the same bytes and fingerprint.
 */
class AttendeesInFileTest {
    @Test
    void attendeesConfirmedByAndParkedSurviveSaveAndLoad() throws Exception {
        Assessment a = withWorkshop(MiniFixtures.miniAssessment());
        byte[] bytes = ProjectWriter.toBytes(a);
        String json = new String(bytes, StandardCharsets.UTF_8);
        assertThat(json).contains("\"attendees\"", "\"Grace Hopper\"", "\"Head of platform\"",
                "\"confirmedBy\": \"Grace Hopper\"", "\"parked\": true");
        Assessment back = new ProjectReader().read(bytes).value();
        assertThat(back).isEqualTo(a);
        assertThat(back.engagement().attendees()).containsExactly(
                new Attendee("Grace Hopper", "Head of platform", "Example Corp"), new Attendee("Linus", "SRE", ""));
        assertThat(back.answers().get("OPS-01").confirmedBy()).isEqualTo("Grace Hopper");
        assertThat(back.answers().get("OPS-01").parked()).isTrue();
        assertThat(ProjectSchemas.violations(ProjectSchemas.ASSESSMENT_ID, bytes)).isEmpty();
    }

    @Test
    void filesWithoutThemKeepTheirBytesAndFingerprint() throws Exception {
        for (byte[] old : List.of(Samples.webshopBytes(), resource("/org/demarc/project/fingerprint-vector.demarc"))) {
            Assessment read = new ProjectReader().read(old).value();
            assertThat(ProjectWriter.toBytes(read)).isEqualTo(old);
            String json = new String(old, StandardCharsets.UTF_8);
            assertThat(json).doesNotContain("\"attendees\"", "\"confirmedBy\"", "\"parked\"");
        }
        Assessment plain = MiniFixtures.miniAssessment();
        assertThat(ContentFingerprint.of(withWorkshop(plain))).isNotEqualTo(ContentFingerprint.of(plain));
    }

    @Test
    void aWrongTypeIsReportedWhereItIs() {
        String json = new String(ProjectWriter.toBytes(withWorkshop(MiniFixtures.miniAssessment())),
                StandardCharsets.UTF_8)
                .replace("\"parked\": true", "\"parked\": \"yes\"")
                .replace("\"role\": \"SRE\"", "\"role\": 7");
        assertThatThrownBy(() -> new ProjectReader().read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidFileException.class)
                .satisfies(e -> assertThat(((InvalidFileException) e).problems()).extracting(Problem::location)
                        .contains("/answers/OPS-01/parked", "/engagement/attendees/1/role"));
    }

    static Assessment withWorkshop(Assessment a) {
        Assessment withPeople = a.withEngagement(a.engagement().withAttendees(List.of(
                new Attendee("Grace Hopper", "Head of platform", "Example Corp"), new Attendee("Linus", "SRE", ""))));
        return withPeople.withAnswer("OPS-01",
                withPeople.answers().get("OPS-01").withConfirmedBy("Grace Hopper").withParked(true));
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = AttendeesInFileTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
