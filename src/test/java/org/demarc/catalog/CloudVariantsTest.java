package org.demarc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.model.Assignment;
import org.demarc.model.Catalog;
import org.demarc.model.CellReason;
import org.demarc.model.Responsibility;
import org.demarc.model.Service;
import org.demarc.model.ServiceOverride;
import org.demarc.model.ServiceVariant;
import org.junit.jupiter.api.Test;

/**
 * The deployment variants of the built-in Google Cloud and Azure catalogs, loaded as the program
 * loads them: GKE Standard and Autopilot modes, Dataproc clusters and Serverless for Apache Spark,
 * and AKS node pools with and without node OS upgrades. Each cell that a variant moves is checked with its reason and its provider's page.
 */
class CloudVariantsTest {
    private static final Catalog GCP = BuiltInCatalog.loadGcp();
    private static final Catalog AZURE = BuiltInCatalog.load(BuiltInCatalog.AZURE);

    private static Assignment cell(Catalog catalog, String control, String service, String variant) {
        Service s = catalog.service(service).orElseThrow();
        return ResponsibilityEngine.assign(catalog, catalog.control(control).orElseThrow(), s,
                s.variant(variant).orElseThrow());
    }

    @Test
    void gkeIsOneServiceWithStandardByDefaultAndAutopilot() {
        Service gke = GCP.service("gcp.gke").orElseThrow();
        assertThat(gke.variants()).extracting(ServiceVariant::id).containsExactly("standard", "autopilot");
        assertThat(gke.defaultVariant()).map(ServiceVariant::id).contains("standard");
        assertThat(gke.customerOsAccess(gke.variant("standard").orElseThrow())).isTrue();
        assertThat(gke.customerOsAccess(gke.variant("autopilot").orElseThrow())).isFalse();
        assertThat(GCP.service("gcp.gke-standard")).isEmpty();
        assertThat(GCP.service("gcp.gke-autopilot")).isEmpty();
        assertThat(gke.equivalents()).containsExactly("aws.eks", "azure.aks");
    }

    @Test
    void inStandardModeTheCustomerSharesTheNodesItManages() {
        for (String control : List.of("PAT-02", "PLT-01", "PLT-02")) {
            Assignment a = cell(GCP, control, "gcp.gke", "standard");
            assertThat(a.responsibility()).as(control).isEqualTo(Responsibility.SHARED);
            assertThat(a.reason()).as(control).isEqualTo(CellReason.VARIANT_OVERRIDE);
            assertThat(a.variant()).isEqualTo("Standard mode");
        }
    }

    @Test
    void inAutopilotModeGoogleOperatesTheNodesButPatchesFollowTheCustomersWindows() {
        Assignment platform = cell(GCP, "PLT-01", "gcp.gke", "autopilot");
        assertThat(platform.responsibility()).isEqualTo(Responsibility.PROVIDER);
        assertThat(platform.reason()).isEqualTo(CellReason.CATEGORY_DEFAULT);
        assertThat(cell(GCP, "PAT-02", "gcp.gke", "autopilot").responsibility()).isEqualTo(Responsibility.SHARED);
        assertThat(cell(GCP, "PAT-02", "gcp.gke", "autopilot").rationale()).contains("maintenance windows");
        assertThat(cell(GCP, "PLT-02", "gcp.gke", "autopilot").responsibility()).isEqualTo(Responsibility.SHARED);
    }

    @Test
    void serverlessSparkRunsOnInfrastructureGoogleManagesWhereClustersAreTheCustomers() {
        Service dataproc = GCP.service("gcp.dataproc").orElseThrow();
        assertThat(dataproc.variants()).extracting(ServiceVariant::id).containsExactly("clusters", "serverless");
        assertThat(dataproc.customerOsAccess(dataproc.variant("clusters").orElseThrow())).isTrue();
        assertThat(dataproc.customerOsAccess(dataproc.variant("serverless").orElseThrow())).isFalse();
        // Clusters keep the service's cells: a cluster lives in one zone, the nodes are shared work.
        assertThat(cell(GCP, "RES-01", "gcp.dataproc", "clusters").responsibility()).isEqualTo(Responsibility.CUSTOMER);
        assertThat(cell(GCP, "PLT-01", "gcp.dataproc", "clusters").reason()).isEqualTo(CellReason.SERVICE_OVERRIDE);

        Assignment platform = cell(GCP, "PLT-01", "gcp.dataproc", "serverless");
        assertThat(platform.responsibility()).isEqualTo(Responsibility.PROVIDER);
        assertThat(platform.reason()).isEqualTo(CellReason.VARIANT_OVERRIDE);
        for (String control : List.of("PAT-02", "PLT-02", "RES-01")) {
            Assignment a = cell(GCP, control, "gcp.dataproc", "serverless");
            assertThat(a.responsibility()).as(control).isEqualTo(Responsibility.SHARED);
            assertThat(a.reason()).as(control).isEqualTo(CellReason.VARIANT_OVERRIDE);
        }
        assertThat(cell(GCP, "RES-01", "gcp.dataproc", "serverless").rationale()).contains("several zones");
    }

    @Test
    void aksNodePoolsWithoutNodeOsUpgradesLeavePatchingToTheCustomer() {
        Service aks = AZURE.service("azure.aks").orElseThrow();
        assertThat(aks.variants()).extracting(ServiceVariant::id)
                .containsExactly("node-os-upgrades", "no-node-os-upgrades");
        assertThat(aks.defaultVariant()).map(ServiceVariant::id).contains("node-os-upgrades");
        assertThat(aks.variants()).allMatch(aks::customerOsAccess);

        Assignment byDefault = cell(AZURE, "PAT-02", "azure.aks", "node-os-upgrades");
        assertThat(byDefault.responsibility()).isEqualTo(Responsibility.SHARED);
        assertThat(byDefault.reason()).isEqualTo(CellReason.SERVICE_OVERRIDE);

        Assignment none = cell(AZURE, "PAT-02", "azure.aks", "no-node-os-upgrades");
        assertThat(none.responsibility()).isEqualTo(Responsibility.CUSTOMER);
        assertThat(none.reason()).isEqualTo(CellReason.VARIANT_OVERRIDE);
        assertThat(none.rationale()).contains("None node OS upgrade channel");
        // The cells the channel does not move stay the service's.
        for (String control : List.of("PLT-01", "PLT-02")) {
            Assignment other = cell(AZURE, control, "azure.aks", "no-node-os-upgrades");
            Assignment inDefault = cell(AZURE, control, "azure.aks", "node-os-upgrades");
            assertThat(other.reason()).as(control).isEqualTo(CellReason.SERVICE_OVERRIDE);
            assertThat(other.responsibility()).as(control).isEqualTo(inDefault.responsibility());
            assertThat(other.rationale()).as(control).isEqualTo(inDefault.rationale());
        }
    }

    @Test
    void everyVariantOverrideNamesItsProvidersPage() {
        assertVariantSources(GCP, "https://(docs\\.)?cloud\\.google\\.com/.+");
        assertVariantSources(AZURE, "https://learn\\.microsoft\\.com/.+");
    }

    @Test
    void noVariantWithCustomerOsAccessLeavesGuestOsWorkToTheProvider() {
        assertThat(OsAccessRule.breaches(GCP)).isEmpty();
        assertThat(OsAccessRule.breaches(AZURE)).isEmpty();
    }

    private static void assertVariantSources(Catalog catalog, String urlPattern) {
        List<Service> withVariants = catalog.services().stream().filter(Service::hasVariants).toList();
        assertThat(withVariants).as(catalog.id()).isNotEmpty();
        for (Service s : withVariants) {
            assertThat(s.variants().stream().filter(ServiceVariant::isDefault)).as(s.id()).hasSize(1);
            for (ServiceVariant v : s.variants()) {
                for (ServiceOverride o : v.overrides()) {
                    String what = s.id() + " (" + v.id() + ") " + o.controlId();
                    assertThat(o.source()).as(what).isNotNull();
                    assertThat(o.source().url()).as(what).matches(urlPattern);
                    assertThat(o.rationale()).as(what).hasSizeGreaterThan(80);
                }
            }
        }
    }
}
