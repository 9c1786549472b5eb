package org.demarc.catalog.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.demarc.catalog.BuiltInCatalog;
import org.demarc.catalog.compare.ProviderComparison.Column;
import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.model.Assignment;
import org.demarc.model.Catalog;
import org.demarc.model.CellReason;
import org.demarc.model.Control;
import org.junit.jupiter.api.Test;

/** The comparison lays out each provider's cells exactly as the responsibility engine decides them. */
class ProviderComparisonTest {
    private static final EquivalentServices ALL = EquivalentServices.builtIn();

    private static ProviderComparison compare(String id, boolean variants) {
        return ProviderComparison.of(ALL, id, variants).orElseThrow();
    }

    @Test
    void theServiceComesFirstThenItsEquivalentsByProvider() {
        ProviderComparison p = compare("aws.rds", false);
        assertThat(p.columns()).extracting(Column::id).startsWith("aws.rds")
                .contains("azure.sqldatabase", "azure.mysql", "azure.postgresql", "gcp.cloud-sql");
        assertThat(p.controls()).isEqualTo(BuiltInCatalog.load().controls());
        assertThat(p.alone()).isFalse();
    }

    @Test
    void everyCellIsTheEnginesCellWithItsReason() {
        ProviderComparison p = compare("aws.eks", true);
        for (Column c : p.columns()) {
            Catalog catalog = c.equivalent().catalog();
            for (Control control : p.controls()) {
                Assignment expected = ResponsibilityEngine.assign(catalog, catalog.control(control.id()).orElseThrow(),
                        c.equivalent().service(), c.variant());
                assertThat(c.cell(control)).contains(expected);
            }
        }
        assertThat(p.columns()).extracting(Column::id).containsSequence("aws.eks (managed-node-groups)", "aws.eks (self-managed-nodes)", "aws.eks (auto-mode)",
                "aws.eks (fargate)", "azure.aks (node-os-upgrades)", "azure.aks (no-node-os-upgrades)", "gcp.gke (standard)",
                "gcp.gke (autopilot)");
    }

    @Test
    void anOverriddenCellNamesItsPage() {
        ProviderComparison p = compare("aws.rds", false);
        Column rds = p.columns().get(0);
        Control patching = p.controls().stream().filter(c -> c.id().equals("PAT-02")).findFirst().orElseThrow();
        Assignment a = rds.cell(patching).orElseThrow();
        assertThat(a.reason()).isEqualTo(CellReason.SERVICE_OVERRIDE);
        assertThat(rds.source(patching)).hasValueSatisfying(s -> assertThat(s.url()).contains("aws.amazon.com"));
    }

    @Test
    void aServiceWithoutEquivalentsStandsAlone() {
        ProviderComparison p = compare("aws.auditmanager", false);
        assertThat(p.alone()).isTrue();
        assertThat(p.columns()).hasSize(1);
    }

    @Test
    void anUnknownServiceHasNoComparison() {
        assertThat(ProviderComparison.of(ALL, "aws.nothing", false)).isEmpty();
    }

    @Test
    void servicesAreFoundByIdOrNameAndCloseMatchesAreOffered() {
        ServiceLookup lookup = new ServiceLookup(ALL.catalogs());
        assertThat(lookup.find("AWS.EC2")).map(s -> s.id()).contains("aws.ec2");
        assertThat(lookup.find("compute engine")).map(s -> s.id()).contains("gcp.compute-engine");
        assertThat(lookup.find("ec3")).isEmpty();
        assertThat(lookup.closeMatches("ec3")).extracting(s -> s.id()).startsWith("aws.ec2");
        assertThat(lookup.closeMatches("blob")).extracting(s -> s.id()).contains("azure.blobstorage");
        assertThat(lookup.closeMatches("zzzzzzzzzzzz")).isEmpty();
        assertThat(List.of(ServiceLookup.edits("kitten", "sitting"))).containsExactly(3);
    }
}
