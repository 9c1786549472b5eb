package org.demarc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.io.JsonOut;
import org.demarc.model.Catalog;
import org.demarc.model.Category;
import org.demarc.model.CategoryProfile;
import org.demarc.model.Control;
import org.demarc.model.ControlClass;
import org.demarc.model.Domain;
import org.demarc.model.Framework;
import org.demarc.model.Responsibility;
import org.demarc.model.Service;
import org.demarc.model.ServiceOverride;
import org.demarc.model.ServiceVariant;
import org.demarc.model.Source;
import org.junit.jupiter.api.Test;

/**
 * The built-in Google Cloud catalog: valid, broad, every departure from a category default resting
 * on a Google page, the same controls as the AWS catalog, and the rules of
 * src/docs/catalog-authoring.md held for Google's services.
 */
class GcpCatalogTest {
    private static final Catalog GCP = BuiltInCatalog.loadGcp();
    private static final Catalog AWS = BuiltInCatalog.load();

    /**
     * Controls added to the shared control set while aws.json does not have them yet. Once aws.json
     * has one, its neutral fields must match: run GcpControlSync (src/tools) and remove it here.
     */
    /** Services whose virtual machines or nodes the customer can log in to, or run code on as root. */
    static final List<String> CUSTOMER_OS_ACCESS = List.of("gcp.compute-engine", "gcp.gke",
            "gcp.app-engine-flexible", "gcp.dataproc");

    /** Services that apply Google-built patches in a window the customer chooses, or let it postpone them. */
    static final List<String> MAINTENANCE_WINDOW = List.of("gcp.cloud-sql", "gcp.alloydb", "gcp.memorystore",
            "gcp.composer", "gcp.gke");

    private static Responsibility cell(String control, String service) {
        return CatalogRuleChecks.cell(GCP, control, service);
    }

    @Test
    void itValidatesWithoutAWarning() throws Exception {
        byte[] file;
        try (InputStream in = BuiltInCatalog.class.getResourceAsStream(BuiltInCatalog.GCP_RESOURCE)) {
            file = in.readAllBytes();
        }
        assertThat(new CatalogReader(SourcePolicy.USER_FILE).read(file).warnings()).isEmpty();
        assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo(JsonOut.write(CatalogJson.write(GCP)));
        assertThat(org.demarc.project.ProjectSchemas.violations(org.demarc.project.ProjectSchemas.CATALOG_ID, file))
                .isEmpty();
    }

    @Test
    void itIsBroadEnoughForAnAudit() {
        assertThat(GCP.id()).isEqualTo("gcp");
        assertThat(GCP.provider().id()).isEqualTo("gcp");
        assertThat(GCP.provider().name()).isEqualTo("Google Cloud");
        assertThat(GCP.services()).hasSizeGreaterThanOrEqualTo(40);
        for (Category c : Category.values()) {
            assertThat(GCP.services()).as(c.name()).anyMatch(s -> s.category() == c);
        }
        assertThat(GCP.services()).extracting(Service::id).contains("gcp.compute-engine", "gcp.gke",
                "gcp.cloud-run", "gcp.cloud-run-functions", "gcp.app-engine-standard",
                "gcp.app-engine-flexible", "gcp.cloud-sql", "gcp.bigquery", "gcp.cloud-storage", "gcp.kms");
    }

    @Test
    void everyCategoryAndOverrideNamesTheGooglePageItRestsOn() {
        for (CategoryProfile p : GCP.categories()) {
            assertGooglePage(p.source(), p.category().name());
        }
        for (Service s : GCP.services()) {
            for (ServiceOverride o : overridesOf(s)) {
                assertGooglePage(o.source(), s.id() + " " + o.controlId());
            }
        }
    }

    @Test
    void theControlsAreTheAwsCatalogsWithTheSameNeutralFields() {
        for (Control a : AWS.controls()) {
            Control g = GCP.control(a.id()).orElse(null);
            assertThat(g).as(a.id() + " is in aws.json; add it to gcp.json with Google Cloud wording").isNotNull();
            String hint = a.id() + " differs from aws.json; run GcpControlSync";
            assertThat(g.title()).as(hint).isEqualTo(a.title());
            assertThat(g.domainId()).as(hint).isEqualTo(a.domainId());
            assertThat(g.controlClass()).as(hint).isEqualTo(a.controlClass());
            assertThat(g.weight()).as(hint).isEqualTo(a.weight());
            assertThat(g.mappings()).as(hint).isEqualTo(a.mappings());
        }
        Set<String> awsIds = AWS.controls().stream().map(Control::id).collect(Collectors.toSet());
        assertThat(GCP.controls()).extracting(Control::id).as("controls gcp.json has and aws.json lacks")
                .filteredOn(id -> !awsIds.contains(id)).isEmpty();
        assertThat(GCP.domains()).extracting(Domain::id, Domain::name)
                .containsExactlyElementsOf(AWS.domains().stream().map(d -> org.assertj.core.groups.Tuple.tuple(
                        d.id(), d.name())).toList());
    }

    @Test
    void theSyncToolFindsNothingToChange() {
        List<String> report = new ArrayList<>();
        Catalog synced = GcpControlSync.sync(AWS, GCP, report);
        assertThat(JsonOut.write(CatalogJson.write(synced))).isEqualTo(JsonOut.write(CatalogJson.write(GCP)));
        assertThat(report).noneMatch(line -> line.contains("only in"));
    }

    @Test
    void everyControlMapsToAllThreeFrameworksAndKeepsItsClass() {
        Set<String> overridden = GCP.services().stream().flatMap(s -> overridesOf(s).stream())
                .map(ServiceOverride::controlId).collect(Collectors.toSet());
        for (Control c : GCP.controls()) {
            for (Framework f : Framework.values()) {
                assertThat(c.mappingsFor(f)).as(c.id() + " " + f.title()).isNotEmpty()
                        .allMatch(id -> FrameworkReference.builtIn().isValid(f, id));
            }
            if (c.controlClass() == ControlClass.INHERITED) {
                assertThat(c.defaults().values()).as(c.id()).containsOnly(Responsibility.PROVIDER);
            } else if (c.controlClass() == ControlClass.CUSTOMER_SPECIFIC) {
                assertThat(c.defaults().values()).as(c.id()).containsOnly(Responsibility.CUSTOMER);
            }
            if (c.controlClass() != ControlClass.SHARED) {
                assertThat(overridden).as(c.id()).doesNotContain(c.id());
            }
        }
    }

    @Test
    void aCustomerWithOsAccessNeverInheritsGuestOsMalwareOrPlatformWork() {
        CatalogRuleChecks.noProviderGuestOsWorkWhereTheCustomerHasOsAccess(GCP, CUSTOMER_OS_ACCESS);
    }

    @Test
    void patchesAppliedInTheCustomersMaintenanceWindowAreSharedEverywhere() {
        CatalogRuleChecks.maintenanceWindowPatchingIsShared(GCP, MAINTENANCE_WINDOW);
    }

    @Test
    void threatDetectionTheCustomerMustActivateIsNeverTheProvidersAlone() {
        for (ServiceVariant mode : GCP.service("gcp.gke").orElseThrow().variants()) {
            assertThat(variantCell("PLT-02", "gcp.gke", mode.id())).as(mode.id()).isEqualTo(Responsibility.SHARED);
        }
    }

    @Test
    void firewallRulesTheCustomerWritesAreNeverTheProviders() {
        for (String s : List.of("gcp.compute-engine", "gcp.vpc", "gcp.cloud-load-balancing", "gcp.cloud-armor")) {
            assertThat(cell("NET-01", s)).as(s).isNotEqualTo(Responsibility.PROVIDER);
        }
    }

    @Test
    void aDataprocClusterLivesInOneZone() {
        assertThat(cell("RES-01", "gcp.dataproc")).isEqualTo(Responsibility.CUSTOMER);
    }

    @Test
    void everyEntryIsWrittenOutForGoogleCloud() {
        List<String> texts = new ArrayList<>();
        for (Service s : GCP.services()) {
            assertThat(s.id()).matches("gcp\\.[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(s.description()).as(s.id()).startsWith("The customer keeps");
            texts.add(s.name() + " " + s.description());
            s.variants().forEach(v -> texts.add(v.name() + " " + v.description()));
            for (ServiceOverride o : overridesOf(s)) {
                assertThat(o.rationale()).as(s.id() + " " + o.controlId()).hasSizeGreaterThan(80);
                assertThat(o.responsibility()).isNotEqualTo(Responsibility.NOT_APPLICABLE);
                texts.add(o.rationale());
            }
        }
        for (Control c : GCP.controls()) {
            assertThat(c.question()).as(c.id()).endsWith("?").matches("(How|Which|What|Who|Where|In which|If|When|From which) .*");
            assertThat(c.evidenceHints()).as(c.id()).isNotEmpty();
            texts.addAll(List.of(c.question(), c.guidance(), c.providerPart(), c.customerPart()));
            texts.addAll(c.evidenceHints());
        }
        GCP.categories().forEach(p -> texts.add(p.customerKeeps()));
        GCP.domains().forEach(d -> texts.add(d.description()));
        assertThat(texts).as("AWS wording left in the Google Cloud catalog")
                .noneMatch(t -> t.matches("(?s).*\\b(AWS|Amazon|EC2|IAM Identity Center|CloudTrail|Availability Zone)\\b.*"));
    }

    /** The service's own overrides and those of its variants. */
    private static List<ServiceOverride> overridesOf(Service s) {
        List<ServiceOverride> all = new ArrayList<>(s.overrides());
        s.variants().forEach(v -> all.addAll(v.overrides()));
        return all;
    }

    private static Responsibility variantCell(String control, String service, String variant) {
        Service s = GCP.service(service).orElseThrow();
        return ResponsibilityEngine.assign(GCP, GCP.control(control).orElseThrow(), s,
                s.variant(variant).orElseThrow()).responsibility();
    }

    private static void assertGooglePage(Source s, String what) {
        assertThat(s).as(what).isNotNull();
        assertThat(s.title()).as(what).isNotBlank();
        assertThat(s.url()).as(what).matches("https://(docs\\.)?cloud\\.google\\.com/.+")
                .doesNotContain("?").doesNotContain("hl=");
        assertThat(s.checked()).as(what).isBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2));
        assertThat(s.title().toLowerCase(Locale.ROOT)).as(what).doesNotContain("aws");
    }
}
