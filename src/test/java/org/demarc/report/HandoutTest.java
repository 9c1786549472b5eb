package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.TimeZone;

import org.demarc.model.Answer;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.assessment.analysis.AssessmentAnalysis;
import org.demarc.project.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The workshop handout of the sample, by text extraction: the chosen questions and nothing of the answers. */
class HandoutTest {
    static final List<String> CHOSEN = List.of("identity", "logging");
    static byte[] pdf;
    static String text;

    @BeforeAll
    static void render() {
        pdf = handout(Samples.webshop(), CHOSEN);
        Reports.write("handout-identity-logging.pdf", pdf);
        text = Reports.text(pdf);
    }

    static byte[] handout(Assessment a, List<String> domains) {
        try {
            return new ReportExporter().renderHandout(a, domains, ProgressListener.NONE, () -> false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @Test
    void theCoverNamesTheEngagementTheWorkshopDatesAndTheDomains() {
        assertThat(text).contains("Workshop handout", "Web shop shared-responsibility review", "Northwind Retail GmbH",
                "2026-11-09 to 2026-11-13", "Identity and access management", "Logging and monitoring",
                "How to use this handout");
    }

    @Test
    void everyQuestionOfTheChosenDomainsIsThereWithItsGuidanceAndServices() {
        Assessment a = Samples.webshop();
        List<Control> asked = new AssessmentAnalysis(a).asked().stream()
                .filter(c -> CHOSEN.contains(c.domainId())).toList();
        assertThat(asked).hasSizeGreaterThan(3);
        for (Control c : asked) {
            assertThat(text).contains(c.id() + " " + flat(c.title()), flat(c.question()));
            if (!c.guidance().isBlank()) {
                assertThat(text).contains(flat(c.guidance()).substring(0, Math.min(60, flat(c.guidance()).length())));
            }
        }
        assertThat(text).contains("Services where you hold a share", "Notes");
    }

    @Test
    void noAnswerFindingCommentOwnerOrEvidenceReachesTheHandout() {
        Assessment a = Samples.webshop();
        for (Answer answer : a.answers().values()) {
            for (String internal : List.of(answer.finding(), answer.comment(), answer.owner(),
                    answer.justification(), answer.remediation().action(), answer.remediation().owner())) {
                if (!internal.isBlank()) {
                    assertThat(text).doesNotContain(flat(internal));
                }
            }
            answer.evidence().forEach(e -> assertThat(text).doesNotContain(e.path()));
        }
        assertThat(text).doesNotContain("Implemented", "Not implemented", "Finding", "Owner", "DRAFT");
    }

    @Test
    void otherDomainsAreLeftOut() {
        Assessment a = Samples.webshop();
        for (Control c : a.catalog().controls()) {
            if (!CHOSEN.contains(c.domainId())) {
                assertThat(text).doesNotContain(flat(c.question()));
            }
        }
        assertThat(text).doesNotContain("Network and communications protection", "Backup and resilience");
    }

    @Test
    void everyPageSaysItIsTheHandout() {
        int pages = Reports.pages(pdf);
        assertThat(pages).isGreaterThan(2);
        assertThat(text.split("Workshop handout: questions only", -1)).hasSize(pages + 1);
    }

    /** veraPDF's check: slow, so in ./mvnw verify only. */
    @Tag("slow")
    @Test
    void theHandoutIsPdfA2b() throws Exception {
        assertThat(PdfA.failures(pdf)).isEmpty();
    }

    @Test
    void theHandoutIsTheSameBytesEveryTime() {
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(handout(Samples.webshop(), CHOSEN)).isEqualTo(pdf);
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void anUnknownOrMissingDomainIsRefused() {
        assertThatThrownBy(() -> handout(Samples.webshop(), List.of("identity", "nope")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> handout(Samples.webshop(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
