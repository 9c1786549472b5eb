package org.demarc.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.demarc.catalog.diff.ResponsibilityChange;
import org.demarc.fixtures.MultiCloudVersions;
import org.demarc.model.Assessment;
import org.demarc.model.Catalog;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.model.Responsibility;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;

/** Moving one provider's part of the multi-cloud sample (AWS and Azure) to another catalog version. */
class CombinedCatalogMigrationTest {
    private static final Instant AT = Instant.parse("2027-01-10T09:00:00Z");
    private final Assessment sample = Samples.multicloud();
    private final Catalog aws = sample.catalog().parts().get(0);

    @Test
    void anAzureDefaultChangeIsJudgedByAzuresOwnControlAndFlagsOnlyThatAnswer() {
        Catalog target = Catalog.combine(List.of(aws, MultiCloudVersions.azureContainerNetworkShared()));
        CatalogMigration.Result r = CatalogMigration.migrate(sample, target, AT, "Sam Okafor");
        // The combination's own controls are the AWS part's: only Azure's wording and defaults see the change.
        assertThat(r.reviews()).singleElement().satisfies(review -> {
            assertThat(review.controlId()).isEqualTo("NET-02");
            assertThat(review.responsibilityChanges()).extracting(ResponsibilityChange::serviceId)
                    .containsExactly("azure.appservice");
        });
        // The whole diff too: every Azure container service changes, no AWS service does.
        assertThat(r.diff().responsibilityChanges()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.serviceId()).startsWith("azure.");
            assertThat(c.after().responsibility()).isEqualTo(Responsibility.SHARED);
        });
        assertThat(r.diff().responsibilityChangesFor(sample.scope(), sample.variants()))
                .extracting(c -> c.controlId() + " " + c.serviceId()).containsExactly("NET-02 azure.appservice");
        Assessment moved = r.assessment();
        assertThat(moved.catalog().parts().get(0)).isEqualTo(aws);
        assertThat(MultiCloudVersions.changedAnswers(sample, moved)).containsExactly("NET-02");
        assertThat(moved.answers().get("NET-02")).isEqualTo(sample.answers().get("NET-02").withFlagged(true));
        HistoryEvent last = moved.history().get(moved.history().size() - 1);
        assertThat(last.kind() + " by " + last.actor()).isEqualTo(HistoryKind.MIGRATED + " by Sam Okafor");
        assertThat(last.detail()).isEqualTo("Moved the Microsoft Azure part from catalog 'Azure shared responsibility"
                + " catalog' version " + MultiCloudVersions.sampleAzure().version() + " to 'Azure shared responsibility catalog' version "
                + MultiCloudVersions.NEXT + ": 9 answers kept, 0 dropped, 0 services dropped from scope, 1 controls"
                + " to review");
    }

    @Test
    void theSameCatalogsMoveNothingAndFlagNothing() {
        CatalogMigration.Result r = CatalogMigration.migrate(sample, sample.catalog(), AT, "");
        assertThat(r.reviews()).isEmpty();
        assertThat(r.diff().isEmpty()).isTrue();
        assertThat(r.assessment().answers()).isEqualTo(sample.answers());
        HistoryEvent last = r.assessment().history().get(r.assessment().history().size() - 1);
        assertThat(last.detail()).startsWith("Moved to the same catalogs, no provider part changed: 9 answers kept");
    }
}
