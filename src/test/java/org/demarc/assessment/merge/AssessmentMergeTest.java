package org.demarc.assessment.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import org.demarc.assessment.SignOffs;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Catalog;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.model.Signatory;
import org.junit.jupiter.api.Test;

/** Two assessors' copies of the mini assessment, edited in known ways, merged field by field. */
class AssessmentMergeTest {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final Assessment BASE = MiniFixtures.miniAssessment();
    private static final Signatory LEAD = new Signatory("Lee Lead", "Lead assessor", "Audit Co",
            LocalDate.of(2026, 12, 1), "I confirm.");

    private static MergeOptions options(MergeSide prefer, boolean reopen) {
        return new MergeOptions(prefer, reopen, AT, "Ada", "ours.demarc", "theirs.demarc", "base.demarc");
    }

    private static Assessment finding(Assessment a, String id, String text) {
        return a.withAnswer(id, a.answers().get(id).withFinding(text));
    }

    private static Assessment edited(Assessment a, String detail) {
        return a.withEvent(new HistoryEvent(AT.minusSeconds(60), HistoryKind.SCOPE_CHANGED, "Ben", detail));
    }

    @Test
    void aDeploymentChoiceAndAReportProfileComeOverLikeAnyField() {
        Assessment sample = org.demarc.project.Samples.webshop();
        java.util.TreeSet<String> scope = new java.util.TreeSet<>(sample.scope());
        scope.add("aws.ecs");
        Assessment base = sample.withScope(scope);
        Assessment ours = base.withVariant("aws.ecs", "fargate");
        org.demarc.model.ReportProfile branded = org.demarc.model.ReportProfile.NONE.withOrganisation("Contoso Advisory")
                .withClassification("RESTRICTED");
        Assessment theirs = base.withReportProfile(branded);

        AssessmentMerge.Result r = AssessmentMerge.merge(base, ours, theirs, options(null, false));
        assertThat(r.conflicts()).isEmpty();
        assertThat(r.merged().variantOf("aws.ecs")).contains("fargate");
        assertThat(r.merged().reportProfile()).isEqualTo(branded);

        // Without the ancestor, Fargate on one side and the default on the other cannot be settled silently.
        AssessmentMerge.Result clash = AssessmentMerge.merge(null, ours, base, options(null, false));
        assertThat(clash.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.where()).isEqualTo("aws.ecs");
            assertThat(c.field()).isEqualTo("deployment");
            assertThat(c.ours()).isEqualTo("'fargate'");
            assertThat(c.theirs()).isEqualTo("the default deployment");
        });
    }

    @Test
    void disjointEditsMergeSilently() {
        Assessment ours = finding(BASE, "OPS-01", "Patched weekly now.")
                .withEngagement(BASE.engagement().withTitle("Payments platform review 2026"))
                .withDraftSignatories(List.of(LEAD));
        Assessment theirs = edited(BASE.withAnswer("DAT-01", BASE.answers().get("DAT-01").withComment("Checked with Jan."))
                .withAnswer("IAM-01", org.demarc.model.Answer.of(AnswerStatus.IMPLEMENTED))
                .withScope(new TreeSet<>(List.of("t.vm", "t.db"))), "t.blob removed");

        AssessmentMerge.Result r = AssessmentMerge.merge(BASE, ours, theirs, options(null, false));

        assertThat(r.conflicts()).isEmpty();
        Assessment m = r.merged();
        assertThat(m.answers().get("OPS-01").finding()).isEqualTo("Patched weekly now.");
        assertThat(m.answers().get("OPS-01").comment()).isEqualTo(BASE.answers().get("OPS-01").comment());
        assertThat(m.answers().get("DAT-01").comment()).isEqualTo("Checked with Jan.");
        assertThat(m.answers().get("IAM-01").status()).isEqualTo(AnswerStatus.IMPLEMENTED);
        assertThat(m.engagement().title()).isEqualTo("Payments platform review 2026");
        assertThat(m.scope()).containsExactly("t.db", "t.vm");
        assertThat(m.draftSignatories()).containsExactly(LEAD);
        assertThat(r.fromTheirs()).as("comment, new answer, scope entry").isEqualTo(3);
        assertThat(m.history()).extracting(HistoryEvent::kind)
                .containsExactly(HistoryKind.CREATED, HistoryKind.SCOPE_CHANGED, HistoryKind.MERGED);
        assertThat(m.history().get(2).detail()).contains("theirs.demarc").contains("3 changes");
    }

    @Test
    void theSameFieldChangedDifferentlyIsAConflictWithBothValues() {
        Assessment ours = finding(BASE, "OPS-01", "Ours says weekly.").withEngagement(BASE.engagement().withClient("Ours Ltd"));
        Assessment theirs = finding(BASE, "OPS-01", "Theirs says daily.")
                .withEngagement(BASE.engagement().withClient("Theirs Ltd"))
                .withAnswer("DAT-01", BASE.answers().get("DAT-01").withOwner("Data team"));

        AssessmentMerge.Result r = AssessmentMerge.merge(BASE, ours, theirs, options(null, false));

        assertThat(r.conflicts()).containsExactly(new MergeConflict("engagement", "client", "'Ours Ltd'", "'Theirs Ltd'"),
                new MergeConflict("OPS-01", "finding", "'Ours says weekly.'", "'Theirs says daily.'"));

        Assessment preferTheirs = AssessmentMerge.merge(BASE, ours, theirs, options(MergeSide.THEIRS, false)).merged();
        assertThat(preferTheirs.answers().get("OPS-01").finding()).isEqualTo("Theirs says daily.");
        assertThat(preferTheirs.engagement().client()).isEqualTo("Theirs Ltd");
        assertThat(preferTheirs.answers().get("DAT-01").owner()).as("disjoint edit still taken").isEqualTo("Data team");
        assertThat(preferTheirs.history().get(preferTheirs.history().size() - 1).detail())
                .contains("2 conflicts resolved for theirs");

        Assessment preferOurs = AssessmentMerge.merge(BASE, ours, theirs, options(MergeSide.OURS, false)).merged();
        assertThat(preferOurs.answers().get("OPS-01").finding()).isEqualTo("Ours says weekly.");
        assertThat(preferOurs.answers().get("DAT-01").owner()).isEqualTo("Data team");
    }

    @Test
    void anAnswerRemovedOnOneSideAndEditedOnTheOtherIsAConflict() {
        Assessment ours = BASE.withAnswer("DAT-01", null);
        Assessment theirs = BASE.withAnswer("DAT-01", BASE.answers().get("DAT-01").withStatus(AnswerStatus.PARTIAL));

        assertThat(AssessmentMerge.merge(BASE, ours, theirs, options(null, false)).conflicts())
                .containsExactly(new MergeConflict("DAT-01", "answer", "(no answer)", "PARTIAL"));
        assertThat(AssessmentMerge.merge(BASE, ours, BASE, options(null, false)).merged().answers())
                .as("removed on one side only").doesNotContainKey("DAT-01");
    }

    @Test
    void withoutABaseEveryDifferenceIsAConflict() {
        Assessment ours = finding(BASE, "OPS-01", "Patched weekly now.");
        Assessment theirs = BASE.withScope(new TreeSet<>(List.of("t.vm", "t.db")));

        AssessmentMerge.Result r = AssessmentMerge.merge(null, ours, theirs, options(null, false));

        assertThat(r.conflicts()).containsExactly(new MergeConflict("scope", "t.blob", "in scope", "not in scope"),
                new MergeConflict("OPS-01", "finding", "'Patched weekly now.'",
                        "'" + BASE.answers().get("OPS-01").finding() + "'"));
        assertThat(AssessmentMerge.merge(null, ours, ours, options(null, false)).conflicts()).isEmpty();
    }

    @Test
    void anotherCatalogVersionIsRefusedWithTheWayOut() {
        Catalog c = BASE.catalog();
        Catalog next = new Catalog(c.id(), c.name(), "2.0", c.provider(), c.categories(), c.domains(), c.services(),
                c.controls());
        Assessment theirs = new Assessment(BASE.engagement(), next, BASE.scope(), BASE.answers(), null, BASE.history());

        assertThatThrownBy(() -> AssessmentMerge.merge(BASE, BASE, theirs, options(null, false)))
                .isInstanceOf(MergeRefusedException.class)
                .hasMessageContaining("theirs.demarc uses '" + c.name() + "' version 2.0")
                .hasMessageContaining("demarc catalog migrate");
        assertThatThrownBy(() -> AssessmentMerge.merge(theirs, BASE, BASE, options(null, false)))
                .as("the base too").isInstanceOf(MergeRefusedException.class).hasMessageContaining("base.demarc");
    }

    @Test
    void aSignedOffSideIsRefusedUnlessReopenedAndTheReopeningIsRecorded() {
        Assessment signed = SignOffs.signOff(BASE, List.of(LEAD), AT.minusSeconds(3600), "Lee");
        Assessment theirs = finding(BASE, "OPS-01", "Patched weekly now.");

        assertThatThrownBy(() -> AssessmentMerge.merge(BASE, signed, theirs, options(null, false)))
                .isInstanceOf(MergeRefusedException.class).hasMessageContaining("ours.demarc is signed off")
                .hasMessageContaining("--reopen");

        Assessment m = AssessmentMerge.merge(BASE, signed, theirs, options(null, true)).merged();
        assertThat(m.isSignedOff()).isFalse();
        assertThat(m.answers().get("OPS-01").finding()).isEqualTo("Patched weekly now.");
        assertThat(m.draftSignatories()).as("to sign anew").containsExactly(LEAD);
        assertThat(m.history()).extracting(HistoryEvent::kind).containsExactly(HistoryKind.CREATED,
                HistoryKind.SIGNED_OFF, HistoryKind.REOPENED, HistoryKind.MERGED);
        assertThat(m.history().get(2).detail()).contains("Reopened to merge ours.demarc and theirs.demarc");
    }

    @Test
    void conflictsSettledOneByOneTakeTheChosenSideEach() {
        Assessment ours = finding(finding(BASE, "OPS-01", "Patched weekly."), "DAT-01", "Keys in a vault.");
        Assessment theirs = finding(finding(BASE, "OPS-01", "Patched daily."), "DAT-01", "Keys in config.");
        List<MergeConflict> listed = AssessmentMerge.merge(BASE, ours, theirs, options(null, false)).conflicts();
        MergeConflict ops = listed.stream().filter(c -> c.where().equals("OPS-01")).findFirst().orElseThrow();

        AssessmentMerge.Result r = AssessmentMerge.merge(BASE, ours, theirs, options(null, false), ops::equals);

        assertThat(r.conflicts()).hasSize(2);
        assertThat(r.merged().answers().get("OPS-01").finding()).isEqualTo("Patched daily.");
        assertThat(r.merged().answers().get("DAT-01").finding()).as("not chosen: ours").isEqualTo("Keys in a vault.");
        assertThat(r.merged().history()).last().extracting(HistoryEvent::detail).asString()
                .contains("2 conflicts settled one by one, 1 of them for theirs");
    }

    @Test
    void aTextConflictSettledWithATypedValueTakesThatValueAndOnlyTextFieldsOfferIt() {
        Assessment ours = finding(BASE, "OPS-01", "Patched weekly.");
        Assessment theirs = finding(BASE, "OPS-01", "Patched daily.");
        ours = ours.withAnswer("DAT-01", ours.answers().get("DAT-01").withStatus(AnswerStatus.IMPLEMENTED));
        theirs = theirs.withAnswer("DAT-01", theirs.answers().get("DAT-01").withStatus(AnswerStatus.NOT_IMPLEMENTED));
        AssessmentMerge.Result listed = AssessmentMerge.merge(BASE, ours, theirs, options(null, false));
        MergeConflict ops = listed.conflicts().stream().filter(c -> c.where().equals("OPS-01")).findFirst()
                .orElseThrow();
        assertThat(listed.conflicts()).hasSize(2);
        assertThat(listed.oursText()).as("the status is no text").containsOnlyKeys(ops)
                .containsEntry(ops, "Patched weekly.");

        AssessmentMerge.Result r = AssessmentMerge.settled(BASE, ours, theirs, options(null, false),
                c -> c.equals(ops) ? Settlement.typed("Patched weekly, hot fixes daily.") : Settlement.typed("x"));

        assertThat(r.merged().answers().get("OPS-01").finding()).isEqualTo("Patched weekly, hot fixes daily.");
        assertThat(r.merged().answers().get("DAT-01").status()).as("no text: ours").isEqualTo(AnswerStatus.IMPLEMENTED);
        assertThat(r.merged().history()).last().extracting(HistoryEvent::detail).asString()
                .contains("2 conflicts settled one by one, none of them for theirs. 1 merged value typed by hand.");
    }
}
