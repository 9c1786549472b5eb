package org.demarc.assessment.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.demarc.catalog.diff.ResponsibilityChange;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Catalog;
import org.demarc.model.Category;
import org.demarc.model.Control;
import org.demarc.model.Engagement;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.model.Responsibility;
import org.junit.jupiter.api.Test;

/** Two hand-made assessments whose differences are known one by one. */
public class AssessmentDiffTest {
    private static final Catalog OLD_CATALOG = MiniFixtures.miniCatalog();

    /** The next catalog version: OPS-01 becomes the customer's on infrastructure, OPS-03 is new. */
    static Catalog nextCatalog() {
        Control ops1 = OLD_CATALOG.control("OPS-01").orElseThrow();
        Map<Category, Responsibility> defaults = new EnumMap<>(ops1.defaults());
        defaults.put(Category.INFRASTRUCTURE, Responsibility.CUSTOMER);
        Control moved = new Control(ops1.id(), ops1.title(), ops1.domainId(), ops1.controlClass(), ops1.question(),
                ops1.guidance(), ops1.providerPart(), ops1.customerPart(), defaults, ops1.mappings(),
                ops1.evidenceHints(), ops1.weight());
        Control added = new Control("OPS-03", "Vulnerability scanning", "ops", ops1.controlClass(), "Do you scan?", "",
                "", "Scan", ops1.defaults(), ops1.mappings(), List.of(), 3);
        List<Control> controls = new java.util.ArrayList<>(OLD_CATALOG.controls().stream()
                .map(c -> c.id().equals("OPS-01") ? moved : c).toList());
        controls.add(added);
        return new Catalog(OLD_CATALOG.id(), OLD_CATALOG.name(), "2.0", OLD_CATALOG.provider(),
                OLD_CATALOG.categories(), OLD_CATALOG.domains(), OLD_CATALOG.services(), controls);
    }

    public static Assessment assessment(Catalog catalog, List<String> scope, Map<String, AnswerStatus> statuses) {
        TreeMap<String, Answer> answers = new TreeMap<>();
        statuses.forEach((id, s) -> answers.put(id, Answer.of(s)));
        return new Assessment(Engagement.empty().withTitle("Review").withClient("Client"), catalog,
                new TreeSet<>(scope), answers, null,
                List.of(new HistoryEvent(Instant.parse("2026-01-01T00:00:00Z"), HistoryKind.CREATED, "a", "")));
    }

    @Test
    void everyKnownDifferenceIsFoundAndNothingElse() {
        Assessment lastYear = assessment(OLD_CATALOG, List.of("t.vm", "t.db"), Map.of(
                "PHY-01", AnswerStatus.INHERITED, "OPS-01", AnswerStatus.PARTIAL,
                "OPS-02", AnswerStatus.NOT_IMPLEMENTED, "DAT-01", AnswerStatus.IMPLEMENTED));
        Assessment thisYear = assessment(nextCatalog(), List.of("t.vm", "t.blob"), Map.of(
                "PHY-01", AnswerStatus.INHERITED, "OPS-01", AnswerStatus.IMPLEMENTED,
                "OPS-02", AnswerStatus.PARTIAL, "DAT-01", AnswerStatus.NOT_IMPLEMENTED, "OPS-03", AnswerStatus.PARTIAL));

        AssessmentDiff d = AssessmentDiff.between(lastYear, thisYear);

        assertThat(d.servicesAdded()).containsExactly("t.blob");
        assertThat(d.servicesRemoved()).containsExactly("t.db");
        assertThat(d.responsibilityChanges()).singleElement().satisfies((ResponsibilityChange c) -> {
            assertThat(c.controlId()).isEqualTo("OPS-01");
            assertThat(c.serviceId()).as("only services in both scopes").isEqualTo("t.vm");
            assertThat(c.before().responsibility()).isEqualTo(Responsibility.SHARED);
            assertThat(c.after().responsibility()).isEqualTo(Responsibility.CUSTOMER);
        });
        assertThat(d.controlsAdded()).containsExactly("OPS-03");
        assertThat(d.controlsRemoved()).isEmpty();
        assertThat(d.improved()).extracting(AssessmentDiff.AnswerChange::controlId).containsExactly("OPS-01", "OPS-02");
        assertThat(d.worsened()).extracting(AssessmentDiff.AnswerChange::controlId).containsExactly("DAT-01");
        assertThat(d.otherChanges()).extracting(AssessmentDiff.AnswerChange::controlId).containsExactly("OPS-03");
        assertThat(d.newGaps()).extracting(AssessmentDiff.AnswerChange::controlId).containsExactly("DAT-01", "OPS-03");
        assertThat(d.closedGaps()).extracting(AssessmentDiff.AnswerChange::controlId).containsExactly("OPS-01");
        assertThat(d.gapsNoLongerAssessed()).isEmpty();
        assertThat(d.unchanged()).isEqualTo(1);
        assertThat(d.worsened().get(0).before()).isEqualTo(AnswerStatus.IMPLEMENTED);
        assertThat(d.worsened().get(0).after()).isEqualTo(AnswerStatus.NOT_IMPLEMENTED);
        assertThat(d.previous().catalogVersion()).isEqualTo(OLD_CATALOG.version());
        assertThat(d.current().catalogVersion()).isEqualTo("2.0");
        assertThat(d.isEmpty()).isFalse();
    }

    @Test
    void aGapWhoseControlIsNoLongerAskedIsNotCalledClosed() {
        // OPS-02 is the provider's on a container service: with only t.db in scope it is not asked.
        Assessment before = assessment(OLD_CATALOG, List.of("t.vm"), Map.of("OPS-02", AnswerStatus.NOT_IMPLEMENTED));
        Assessment after = assessment(OLD_CATALOG, List.of("t.blob"), Map.of("OPS-02", AnswerStatus.NOT_IMPLEMENTED));
        AssessmentDiff d = AssessmentDiff.between(before, after);
        assertThat(d.closedGaps()).isEmpty();
        assertThat(d.gapsNoLongerAssessed()).extracting(AssessmentDiff.AnswerChange::controlId).containsExactly("OPS-02");
    }

    @Test
    void anAssessmentComparedWithItselfHasNoDifferences() {
        Assessment a = MiniFixtures.miniAssessment();
        AssessmentDiff d = AssessmentDiff.between(a, a);
        assertThat(d.isEmpty()).isTrue();
        assertThat(d.unchanged()).isEqualTo(a.answers().size());
    }
}
