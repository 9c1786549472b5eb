package org.demarc.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.demarc.project.Samples;
import org.demarc.project.ProjectReader;
import org.demarc.project.ProjectWriter;
import org.demarc.catalog.BuiltInCatalog;
import org.demarc.catalog.CatalogReader;
import org.demarc.fixtures.CatalogVersions;
import org.demarc.fixtures.VariantCatalogs;
import org.demarc.fixtures.LargeFixture;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.model.Answer;
import org.demarc.model.Assessment;
import org.demarc.model.Responsibility;
import org.demarc.model.Catalog;
import org.demarc.model.Control;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.model.Service;
import org.demarc.model.ServiceException;
import org.demarc.model.SignOff;
import org.demarc.model.Signatory;
import org.junit.jupiter.api.Test;

class CatalogMigrationTest {
    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");
    private static final Catalog FULL = BuiltInCatalog.load();

    @Test
    void theSampleMovesFromTheStarterToTheFullCatalogKeepingEveryAnswer() {
        Assessment old = CatalogVersions.sampleOnStarter();
        CatalogMigration.Result r = CatalogMigration.migrate(old, FULL, AT, "Alex Morgan");
        Assessment moved = r.assessment();
        assertThat(moved.catalog()).isEqualTo(FULL);
        assertThat(moved.scope()).isEqualTo(old.scope());
        assertThat(moved.answers().keySet()).isEqualTo(old.answers().keySet());
        assertThat(r.droppedAnswers()).isEmpty();
        assertThat(r.droppedServices()).isEmpty();
        assertThat(r.droppedExceptions()).isEmpty();
        // RDS (in scope) now shares guest OS and engine patching through its maintenance window.
        assertThat(r.reviews()).anySatisfy(review -> {
            assertThat(review.controlId()).isEqualTo("PAT-02");
            assertThat(review.questionChanged()).isFalse();
            assertThat(review.responsibilityChanges()).extracting(c -> c.serviceId()).contains("aws.rds");
        });
        assertThat(old.answers().get("PAT-02").flagged()).isFalse();
        assertThat(moved.answers().get("PAT-02").flagged()).isTrue();
        // Answers not under review are carried over unchanged.
        assertThat(moved.answers().get("NET-02")).isEqualTo(old.answers().get("NET-02"));
        assertThat(r.newControls()).extracting(Control::id).contains("GOV-02", "INF-02", "IAM-03");
        HistoryEvent last = moved.history().get(moved.history().size() - 1);
        assertThat(last.kind()).isEqualTo(HistoryKind.MIGRATED);
        assertThat(last.at()).isEqualTo(AT);
        assertThat(last.actor()).isEqualTo("Alex Morgan");
        assertThat(last.detail()).contains("2026.11.0").contains(FULL.version());
        assertThat(moved.history()).hasSize(old.history().size() + 1);
    }

    @Test
    void movingBackDropsWhatTheOlderCatalogLacksAndTheResultStillLoads() throws Exception {
        Assessment large = LargeFixture.create();
        Catalog starter = CatalogVersions.starter();
        CatalogMigration.Result r = CatalogMigration.migrate(large, starter, AT, "");
        assertThat(r.droppedServices()).hasSize(FULL.services().size() - starter.services().size())
                .contains("aws.eks", "aws.fargate");
        assertThat(r.droppedAnswers()).extracting(CatalogMigration.DroppedAnswer::controlId)
                .hasSize(FULL.controls().size() - starter.controls().size()).contains("GOV-02", "DAT-05");
        assertThat(r.assessment().answers()).hasSize(starter.controls().size());
        long exceptionsOnDroppedServices = large.answers().entrySet().stream()
                .filter(e -> starter.control(e.getKey()).isPresent())
                .flatMap(e -> e.getValue().exceptions().stream())
                .filter(x -> starter.service(x.serviceId()).isEmpty()).count();
        assertThat(r.droppedExceptions()).hasSize((int) exceptionsOnDroppedServices);
        assertThat(r.assessment().answers().values()).flatExtracting(Answer::exceptions)
                .extracting(ServiceException::serviceId).allMatch(id -> starter.service(id).isPresent());
        // What is written can be read back: no reference to anything the catalog lacks.
        byte[] bytes = ProjectWriter.toBytes(r.assessment());
        assertThat(new ProjectReader().read(bytes).value()).isEqualTo(r.assessment());
    }

    @Test
    void aSignedOffProjectMovesWithoutItsSignOffAndTheHistorySaysWhy() {
        Assessment old = CatalogVersions.sampleOnStarter();
        Assessment signed = old.withSignOff(new SignOff(List.of(new Signatory("Alex Morgan", "Lead auditor",
                "Northwind", LocalDate.of(2026, 11, 13), "Reviewed")), ContentFingerprint.of(old), AT.minusSeconds(3600)));
        CatalogMigration.Result r = CatalogMigration.migrate(signed, FULL, AT, "Sam Okafor");
        assertThat(r.signOffVoided()).isTrue();
        assertThat(r.assessment().signOff()).isNull();
        List<HistoryEvent> h = r.assessment().history();
        assertThat(h.subList(h.size() - 2, h.size())).extracting(HistoryEvent::kind)
                .containsExactly(HistoryKind.REOPENED, HistoryKind.MIGRATED);
        assertThat(CatalogMigration.migrate(old, FULL, AT, "").signOffVoided()).isFalse();
    }

    @Test
    void anAnsweredControlWhoseQuestionChangedIsFlaggedForReview() throws Exception {
        String json = new String(MiniFixtures.miniCatalogBytes(), StandardCharsets.UTF_8)
                .replace("\"question\": \"How do you patch?\"", "\"question\": \"How do you patch, and how fast?\"")
                .replace("\"version\": \"1.0\"", "\"version\": \"1.1\"");
        Catalog next = new CatalogReader().read(json.getBytes(StandardCharsets.UTF_8)).value();
        Assessment mini = MiniFixtures.miniAssessment();
        CatalogMigration.Result r = CatalogMigration.migrate(mini, next, AT, "");
        assertThat(r.reviews()).singleElement().satisfies(review -> {
            assertThat(review.controlId()).isEqualTo("OPS-01");
            assertThat(review.questionChanged()).isTrue();
            assertThat(review.responsibilityChanges()).isEmpty();
        });
        assertThat(r.assessment().answers().get("OPS-01").flagged()).isTrue();
        assertThat(r.assessment().answers().get("PHY-01")).isEqualTo(mini.answers().get("PHY-01"));
    }

    @Test
    void aProjectOnTheUnsourcedCatalogMovesToTheSourcedOneKeepingItsAnswers() {
        Assessment old = CatalogVersions.sampleOnUnsourced();
        Catalog sourced = CatalogVersions.beforeNotApplicable();
        CatalogMigration.Result r = CatalogMigration.migrate(old, sourced, AT, "");
        assertThat(r.assessment().catalog()).isEqualTo(sourced);
        assertThat(r.droppedServices()).isEmpty();
        // The sample's services are not among the corrected cells, so nothing needs review.
        assertThat(r.reviews()).isEmpty();
        assertThat(r.assessment().answers()).isEqualTo(old.answers());
        assertThat(r.diff().responsibilityChanges()).hasSize(10);
    }

    @Test
    void projectsOnTheCatalogsBeforeNotApplicableStillOpenUnchanged() throws Exception {
        for (Assessment old : List.of(CatalogVersions.sampleOnUnsourced(), CatalogVersions.sampleBeforeNotApplicable())) {
            byte[] bytes = opensUnchanged(old);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("assessedUnder");
        }
    }

    @Test
    void projectsOn2026122StillOpenUnchanged() throws Exception {
        opensUnchanged(CatalogVersions.sampleBeforeBreadth());
    }

    private static byte[] opensUnchanged(Assessment old) throws Exception {
        byte[] bytes = ProjectWriter.toBytes(old);
        Assessment read = new ProjectReader().read(bytes).value();
        assertThat(read).isEqualTo(old);
        assertThat(ProjectWriter.toBytes(read)).isEqualTo(bytes);
        return bytes;
    }

    @Test
    void answersToControlsThatBecameNotApplicableAreKeptAndFlaggedNeverDropped() {
        Assessment old = CatalogVersions.sampleBeforeNotApplicable();
        assertThat(old.scope()).contains("aws.vpc");
        CatalogMigration.Result r = CatalogMigration.migrate(old, FULL, AT, "");
        assertThat(r.droppedAnswers()).isEmpty();
        assertThat(r.assessment().answers().keySet()).isEqualTo(old.answers().keySet());
        assertThat(r.reviews()).anySatisfy(review -> {
            assertThat(review.controlId()).isEqualTo("PAT-02");
            assertThat(review.responsibilityChanges()).singleElement().satisfies(c -> {
                assertThat(c.serviceId()).isEqualTo("aws.vpc");
                assertThat(c.after().responsibility()).isEqualTo(Responsibility.NOT_APPLICABLE);
                assertThat(c.after().label()).isEqualTo("n/a (see Amazon EC2)");
            });
        });
        for (CatalogMigration.Review review : r.reviews()) {
            Answer before = old.answers().get(review.controlId());
            if (before != null) {
                assertThat(r.assessment().answers().get(review.controlId()))
                        .isEqualTo(before.withFlagged(true));
            }
        }
    }

    @Test
    void aProjectOn2026122MovesToTheBroaderCatalogKeepingItsScopeAndEveryAnswer() {
        Assessment old = CatalogVersions.sampleBeforeBreadth();
        CatalogMigration.Result r = CatalogMigration.migrate(old, FULL, AT, "");
        assertThat(r.assessment().catalog()).isEqualTo(FULL);
        assertThat(r.assessment().scope()).isEqualTo(old.scope());
        assertThat(r.droppedServices()).isEmpty();
        assertThat(r.droppedAnswers()).isEmpty();
        assertThat(r.droppedExceptions()).isEmpty();
        assertThat(r.assessment().answers().keySet()).isEqualTo(old.answers().keySet());
        assertThat(r.diff().servicesAdded()).extracting(Service::id)
                .containsAll(CatalogVersions.ADDED_FOR_AUDIT_BREADTH);
        // An added service is not in the project's scope, so no answer is flagged because of it.
        assertThat(r.reviews()).allSatisfy(review -> assertThat(review.responsibilityChanges())
                .noneMatch(c -> CatalogVersions.ADDED_FOR_AUDIT_BREADTH.contains(c.serviceId())));
    }

    @Test
    void aProjectOn2026122MovesToTheTenNewControlsWithEveryAnswerUnchanged() {
        Assessment old = CatalogVersions.sampleBeforeBreadth();
        CatalogMigration.Result r = CatalogMigration.migrate(old, FULL, AT, "");
        assertThat(r.droppedAnswers()).isEmpty();
        assertThat(r.droppedServices()).isEmpty();
        assertThat(r.reviews()).isEmpty();
        assertThat(r.assessment().answers()).isEqualTo(old.answers());
        assertThat(r.newControls()).extracting(Control::id).containsExactly("IAM-07", "CNT-01", "NET-05", "NET-06",
                "GOV-07", "CFG-03", "IAM-08", "NET-07", "DEV-03", "BCK-02");
        // The existing cells keep their responsibility; four controls gained framework mappings.
        assertThat(r.diff().responsibilityChanges()).isEmpty();
        assertThat(r.diff().controlsChanged()).extracting(c -> c.id() + " " + c.members())
                .containsExactlyInAnyOrder("GOV-01 [mappings]", "LOG-01 [mappings]", "INC-01 [mappings]",
                        "BCK-01 [mappings]");
    }

    @Test
    void anAnswerWhoseControlIsNoLongerAskedIsKeptFlaggedAndReported() throws Exception {
        Assessment old = MiniFixtures.databaseOnlyWithEngineAnswer();
        Catalog next = new CatalogReader().read(MiniFixtures.engineNotApplicableJson().getBytes(StandardCharsets.UTF_8))
                .value();
        CatalogMigration.Result r = CatalogMigration.migrate(old, next, AT, "");
        assertThat(r.assessment().answers().keySet()).isEqualTo(old.answers().keySet());
        assertThat(r.assessment().answers().get("OPS-02")).isEqualTo(old.answers().get("OPS-02").withFlagged(true));
        assertThat(r.answersNoLongerAsked()).containsExactly("OPS-02");
        assertThat(r.reviews()).singleElement().satisfies(review -> {
            assertThat(review.controlId()).isEqualTo("OPS-02");
            assertThat(review.answerNoLongerAsked()).isTrue();
            assertThat(review.responsibilityChanges()).singleElement()
                    .satisfies(c -> assertThat(c.after().label()).isEqualTo("n/a (see Virtual machines)"));
        });
        // Still asked, so not flagged: patch management stays shared on the database.
        assertThat(r.assessment().answers().get("OPS-01")).isEqualTo(old.answers().get("OPS-01"));
    }

    @Test
    void anAnswerWhoseOnlySharedServiceLeftTheCatalogIsKeptAndFlagged() throws Exception {
        // Without the managed database in the new catalog, engine patching is asked of nobody in scope.
        Assessment old = MiniFixtures.databaseOnlyWithEngineAnswer().withScope(new java.util.TreeSet<>(List.of("t.db",
                "t.blob")));
        String json = new String(MiniFixtures.miniCatalogBytes(), StandardCharsets.UTF_8);
        String withoutDb = json.substring(0, json.indexOf("    {\n      \"id\": \"t.db\""))
                + json.substring(json.indexOf("    {\n      \"id\": \"t.blob\""));
        Catalog next = new CatalogReader().read(withoutDb.replace("\"version\": \"1.0\"", "\"version\": \"1.1\"")
                .getBytes(StandardCharsets.UTF_8)).value();
        CatalogMigration.Result r = CatalogMigration.migrate(old, next, AT, "");
        assertThat(r.droppedServices()).containsExactly("t.db");
        assertThat(r.answersNoLongerAsked()).containsExactly("OPS-02");
        assertThat(r.assessment().answers().get("OPS-02").flagged()).isTrue();
    }

    @Test
    void aMoveToTheSameCatalogChangesNothingButTheHistory() {
        Assessment sample = Samples.webshop();
        CatalogMigration.Result r = CatalogMigration.migrate(sample, FULL, AT, "");
        assertThat(r.diff().isEmpty()).isTrue();
        assertThat(r.reviews()).isEmpty();
        assertThat(r.assessment().answers()).isEqualTo(sample.answers());
        assertThat(ContentFingerprint.of(r.assessment())).isEqualTo(ContentFingerprint.of(sample));
    }

    private static Assessment webshopWithEcs(String variantId) {
        Assessment a = Samples.webshop();
        java.util.TreeSet<String> scope = new java.util.TreeSet<>(a.scope());
        scope.add(VariantCatalogs.ECS);
        return a.withScope(scope).withVariant(VariantCatalogs.ECS, variantId);
    }

    @Test
    void aChangedOverrideOfTheChosenVariantIsReviewedAndTheSameChangeInAnotherVariantIsNot() {
        CatalogMigration.Result fargate = CatalogMigration.migrate(webshopWithEcs("fargate"),
                VariantCatalogs.fargatePatchingShared(), AT, "Alex Morgan");
        assertThat(fargate.reviews()).singleElement().satisfies(review -> {
            assertThat(review.controlId()).isEqualTo("PAT-02");
            assertThat(review.responsibilityChanges()).singleElement()
                    .satisfies(c -> assertThat(c.after().variant()).isEqualTo("AWS Fargate"));
        });
        assertThat(fargate.assessment().answers().get("PAT-02").flagged()).isTrue();
        assertThat(fargate.variantFallbacks()).isEmpty();
        CatalogMigration.Result ec2 = CatalogMigration.migrate(webshopWithEcs("ec2"),
                VariantCatalogs.fargatePatchingShared(), AT, "Alex Morgan");
        assertThat(ec2.reviews()).isEmpty();
    }

    @Test
    void aChosenVariantTheNewCatalogLacksIsReportedAndTheServiceFallsBackToItsDefault() {
        Assessment old = webshopWithEcs("managed-instances");
        assertThat(old.variantOf(VariantCatalogs.ECS)).contains("managed-instances");
        CatalogMigration.Result r = CatalogMigration.migrate(old, VariantCatalogs.withoutManagedInstances(), AT, "A");
        assertThat(r.variantFallbacks()).containsExactly(new CatalogMigration.VariantFallback(VariantCatalogs.ECS,
                "managed-instances", "ECS Managed Instances", "EC2 capacity"));
        assertThat(r.assessment().variantOf(VariantCatalogs.ECS)).isEmpty();
        // Managed Instances overrides patching; the default (EC2 capacity) does not, so the cell is reviewed.
        assertThat(r.reviews()).extracting(CatalogMigration.Review::controlId).contains("PAT-02");
    }
}
