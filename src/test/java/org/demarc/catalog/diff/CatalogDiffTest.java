package org.demarc.catalog.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.demarc.catalog.BuiltInCatalog;
import org.demarc.catalog.CatalogReader;
import org.demarc.fixtures.CatalogVersions;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.fixtures.VariantCatalogs;
import org.demarc.model.Catalog;
import org.demarc.model.CellReason;
import org.demarc.model.Control;
import org.demarc.model.Responsibility;
import org.demarc.model.Service;
import org.junit.jupiter.api.Test;

class CatalogDiffTest {
    private static final Catalog STARTER = CatalogVersions.starter();
    private static final Catalog FULL = BuiltInCatalog.load();

    private static Catalog mini(String from, String to) throws Exception {
        String json = new String(MiniFixtures.miniCatalogBytes(), StandardCharsets.UTF_8);
        assertThat(json).contains(from);
        return new CatalogReader().read(json.replace(from, to).getBytes(StandardCharsets.UTF_8)).value();
    }

    @Test
    void theCorrectionsOf2026121AreExactlyTheCellsListedInTheCorrectionsDocument() {
        CatalogDiff d = CatalogDiff.between(CatalogVersions.unsourced(), CatalogVersions.beforeNotApplicable());
        assertThat(d.servicesAdded()).isEmpty();
        assertThat(d.controlsAdded()).isEmpty();
        assertThat(d.responsibilityChanges()).extracting(c -> c.serviceId() + " " + c.controlId() + " "
                        + c.before().responsibility() + " -> " + c.after().responsibility())
                .containsExactlyInAnyOrder(
                        "aws.elasticbeanstalk PLT-01 PROVIDER -> SHARED",
                        "aws.sagemaker PLT-01 PROVIDER -> SHARED",
                        "aws.sagemaker PLT-02 PROVIDER -> SHARED",
                        "aws.fargate PLT-02 PROVIDER -> SHARED",
                        "aws.emr RES-01 SHARED -> CUSTOMER",
                        "aws.documentdb PAT-02 PROVIDER -> SHARED",
                        "aws.redshift PAT-02 PROVIDER -> SHARED",
                        "aws.mq PAT-02 PROVIDER -> SHARED",
                        "aws.dms PAT-02 PROVIDER -> SHARED",
                        "aws.fsx PAT-02 PROVIDER -> SHARED");
    }

    @Test
    void the2026122MovesExactlyTheCellsWithNothingToActOnToNotApplicable() {
        CatalogDiff d = CatalogDiff.between(CatalogVersions.beforeNotApplicable(), CatalogVersions.beforeBreadth());
        assertThat(d.servicesAdded()).isEmpty();
        assertThat(d.controlsAdded()).isEmpty();
        assertThat(d.responsibilityChanges()).allSatisfy(c -> {
            assertThat(c.before().responsibility()).isEqualTo(Responsibility.PROVIDER);
            assertThat(c.after().responsibility()).isEqualTo(Responsibility.NOT_APPLICABLE);
        }).extracting(c -> c.serviceId() + " " + c.controlId() + " " + c.after().label())
                .containsExactlyInAnyOrder(
                        "aws.ebs PAT-02 n/a (see Amazon EC2)", "aws.ebs CFG-02 n/a (see Amazon EC2)",
                        "aws.ebs PAT-03 n/a (see Amazon EC2)", "aws.ebs PLT-02 n/a (see Amazon EC2)",
                        "aws.ebs NET-04 n/a (see Amazon EC2)", "aws.ebs LOG-03 n/a (see Amazon EC2)",
                        "aws.ebs KEY-02 n/a",
                        "aws.vpc PAT-02 n/a (see Amazon EC2)", "aws.vpc CFG-02 n/a (see Amazon EC2)",
                        "aws.vpc PAT-03 n/a (see Amazon EC2)", "aws.vpc PLT-02 n/a (see Amazon EC2)",
                        "aws.vpc VUL-01 n/a", "aws.vpc KEY-02 n/a",
                        "aws.cloudhsm CFG-02 n/a (see Amazon EC2)", "aws.kms BCK-01 n/a");
    }

    @Test
    void the2026123AddsTheServicesAnAuditExpectsAndRemovesNone() {
        CatalogDiff d = CatalogDiff.between(CatalogVersions.beforeBreadth(), FULL);
        assertThat(d.servicesRemoved()).isEmpty();
        assertThat(d.servicesAdded()).extracting(Service::id)
                .containsExactlyInAnyOrderElementsOf(CatalogVersions.ADDED_FOR_AUDIT_BREADTH);
        // New services have no "before", so adding them changes no cell of a service a project already has.
        assertThat(d.responsibilityChanges())
                .noneMatch(c -> CatalogVersions.ADDED_FOR_AUDIT_BREADTH.contains(c.serviceId()));
    }

    @Test
    void fromTheStarterToTheFullCatalog() {
        CatalogDiff d = CatalogDiff.between(STARTER, FULL);
        assertThat(d.servicesRemoved()).isEmpty();
        assertThat(d.controlsRemoved()).isEmpty();
        assertThat(d.servicesAdded()).hasSize(FULL.services().size() - STARTER.services().size())
                .extracting(Service::id).contains("aws.eks", "aws.fargate", "aws.rdscustom", "aws.cloudhsm");
        assertThat(d.controlsAdded()).hasSize(FULL.controls().size() - STARTER.controls().size())
                .extracting(Control::id).contains("GOV-02", "IAM-03", "DAT-03", "RES-02");
        // The guidance of the two SOC report controls was corrected (two report periods a year, bridge letters),
        // and four controls gained the framework mappings they lacked.
        assertThat(d.controlsChanged()).allSatisfy(c -> assertThat(c.members()).isSubsetOf("guidance", "evidenceHints",
                        "mappings"))
                .extracting(c -> c.id()).containsExactlyInAnyOrder("GOV-01", "PHY-01", "LOG-01", "INC-01", "BCK-01");
        // Lambda moved to the Serverless group and gained an override.
        assertThat(d.servicesChanged()).anySatisfy(c -> {
            assertThat(c.id()).isEqualTo("aws.lambda");
            assertThat(c.members()).containsExactly("group", "overrides");
        });
        ResponsibilityChange rds = d.responsibilityChanges().stream()
                .filter(c -> c.controlId().equals("PAT-02") && c.serviceId().equals("aws.rds")).findFirst().orElseThrow();
        assertThat(rds.before().responsibility()).isEqualTo(Responsibility.PROVIDER);
        assertThat(rds.before().reason()).isEqualTo(CellReason.CATEGORY_DEFAULT);
        assertThat(rds.after().responsibility()).isEqualTo(Responsibility.SHARED);
        assertThat(rds.after().reason()).isEqualTo(CellReason.SERVICE_OVERRIDE);
        // New services and controls have no "before", so they are never responsibility changes.
        assertThat(d.responsibilityChanges()).allMatch(c -> STARTER.service(c.serviceId()).isPresent()
                && STARTER.control(c.controlId()).isPresent());
    }

    @Test
    void andBackAgain() {
        CatalogDiff there = CatalogDiff.between(STARTER, FULL);
        CatalogDiff back = CatalogDiff.between(FULL, STARTER);
        assertThat(back.servicesRemoved()).isEqualTo(there.servicesAdded());
        assertThat(back.controlsRemoved()).isEqualTo(there.controlsAdded());
        assertThat(back.servicesAdded()).isEmpty();
        assertThat(back.responsibilityChanges()).hasSameSizeAs(there.responsibilityChanges())
                .allSatisfy(c -> assertThat(c.before().responsibility()).isNotEqualTo(c.after().responsibility()));
    }

    @Test
    void aCatalogDiffersFromItselfInNothing() {
        assertThat(CatalogDiff.between(FULL, BuiltInCatalog.load()).isEmpty()).isTrue();
        assertThat(CatalogDiff.between(STARTER, FULL).isEmpty()).isFalse();
    }

    @Test
    void aServiceThatChangesCategoryChangesItsCells() throws Exception {
        Catalog moved = mini("\"category\": \"ABSTRACTED\",\n      \"description\": \"You keep data",
                "\"category\": \"INFRASTRUCTURE\",\n      \"description\": \"You keep data");
        CatalogDiff d = CatalogDiff.between(MiniFixtures.miniCatalog(), moved);
        assertThat(d.servicesChanged()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("t.blob");
            assertThat(c.members()).containsExactly("category");
        });
        // OPS-02 (guest OS patches) is the provider's on abstracted services and the customer's on infrastructure.
        assertThat(d.responsibilityChanges()).singleElement().satisfies(c -> {
            assertThat(List.of(c.controlId(), c.serviceId())).containsExactly("OPS-02", "t.blob");
            assertThat(c.before().responsibility()).isEqualTo(Responsibility.PROVIDER);
            assertThat(c.after().responsibility()).isEqualTo(Responsibility.CUSTOMER);
        });
    }

    @Test
    void anOverrideThatChangesChangesItsCellAndOnlyThat() throws Exception {
        Catalog plain = mini("\"control\": \"OPS-02\",\n          \"responsibility\": \"SHARED\"",
                "\"control\": \"OPS-02\",\n          \"responsibility\": \"CUSTOMER\"");
        CatalogDiff d = CatalogDiff.between(MiniFixtures.miniCatalog(), plain);
        assertThat(d.servicesChanged()).singleElement().satisfies(c -> assertThat(c.members()).containsExactly("overrides"));
        assertThat(d.responsibilityChanges()).singleElement().satisfies(c -> {
            assertThat(List.of(c.controlId(), c.serviceId())).containsExactly("OPS-02", "t.db");
            assertThat(c.after().reason()).isEqualTo(CellReason.SERVICE_OVERRIDE);
        });
        Catalog reworded = mini("The provider patches the engine in the window you choose.", "Patched in your window.");
        CatalogDiff rationaleOnly = CatalogDiff.between(MiniFixtures.miniCatalog(), reworded);
        assertThat(rationaleOnly.servicesChanged()).hasSize(1);
        assertThat(rationaleOnly.responsibilityChanges()).isEmpty();
    }

    @Test
    void changedControlsNameTheMembersThatChanged() throws Exception {
        Catalog edited = mini("\"question\": \"How do you patch?\"", "\"question\": \"How do you patch, and how fast?\"");
        CatalogDiff d = CatalogDiff.between(MiniFixtures.miniCatalog(), edited);
        assertThat(d.controlsChanged()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("OPS-01");
            assertThat(c.members()).containsExactly("question");
        });
        assertThat(d.responsibilityChanges()).isEmpty();
        Catalog newDefault = mini("\"INFRASTRUCTURE\": \"SHARED\",\n        \"CONTAINER\": \"SHARED\"",
                "\"INFRASTRUCTURE\": \"CUSTOMER\",\n        \"CONTAINER\": \"SHARED\"");
        CatalogDiff defaults = CatalogDiff.between(MiniFixtures.miniCatalog(), newDefault);
        assertThat(defaults.controlsChanged()).singleElement()
                .satisfies(c -> assertThat(c.members()).containsExactly("responsibility"));
        assertThat(defaults.responsibilityChanges()).singleElement().satisfies(c -> {
            assertThat(List.of(c.controlId(), c.serviceId())).containsExactly("OPS-01", "t.vm");
            assertThat(c.after().responsibility()).isEqualTo(Responsibility.CUSTOMER);
        });
        assertThat(defaults.responsibilityChangesFor(List.of("t.db", "t.blob"))).isEmpty();
    }

    @Test
    void theOrderOfMappingIdsAndOverridesIsNoChange() {
        Control c = STARTER.control("PHY-01").orElseThrow();
        var reversed = new java.util.EnumMap<org.demarc.model.Framework, List<String>>(org.demarc.model.Framework.class);
        c.mappings().forEach((f, ids) -> reversed.put(f, reverse(ids)));
        Control shuffled = new Control(c.id(), c.title(), c.domainId(), c.controlClass(), c.question(), c.guidance(),
                c.providerPart(), c.customerPart(), c.defaults(), reversed, c.evidenceHints(), c.weight());
        Service ebs = STARTER.service("aws.ebs").orElseThrow();
        Service reordered = new Service(ebs.id(), ebs.name(), ebs.group(), ebs.category(), ebs.description(),
                reverse(ebs.overrides()));
        assertThat(Members.CONTROL.changed(c, shuffled)).isEmpty();
        assertThat(Members.SERVICE.changed(ebs, reordered)).isEmpty();
    }

    private static <T> List<T> reverse(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void aVariantOverrideThatChangedIsListedWithTheVariantAndNotAsAChangeOfTheService() {
        CatalogDiff d = CatalogDiff.between(FULL, VariantCatalogs.fargatePatchingShared());
        assertThat(d.responsibilityChanges()).isEmpty();
        assertThat(d.variantsAdded()).isEmpty();
        assertThat(d.variantsRemoved()).isEmpty();
        assertThat(d.variantChanges()).singleElement().satisfies(c -> {
            assertThat(c.serviceId() + " " + c.controlId()).isEqualTo("aws.ecs PAT-02");
            assertThat(c.before().responsibility()).isEqualTo(Responsibility.PROVIDER);
            assertThat(c.after().responsibility()).isEqualTo(Responsibility.SHARED);
            assertThat(c.after().reason()).isEqualTo(CellReason.VARIANT_OVERRIDE);
            assertThat(c.after().variant()).isEqualTo("AWS Fargate");
        });
        assertThat(d.isEmpty()).isFalse();
    }

    @Test
    void variantsAddedAndRemovedAreListedButTheirCellsAreNot() {
        CatalogDiff removed = CatalogDiff.between(FULL, VariantCatalogs.withoutManagedInstances());
        assertThat(removed.variantsRemoved()).extracting(v -> v.service().id() + " " + v.variant().id())
                .containsExactly("aws.ecs managed-instances");
        assertThat(removed.variantsAdded()).isEmpty();
        assertThat(removed.variantChanges()).isEmpty();
        CatalogDiff added = CatalogDiff.between(VariantCatalogs.withoutManagedInstances(), FULL);
        assertThat(added.variantsAdded()).extracting(v -> v.variant().name()).containsExactly("ECS Managed Instances");
        assertThat(added.variantsRemoved()).isEmpty();
        assertThat(CatalogDiff.between(FULL, FULL).hasVariantChanges()).isFalse();
    }

    @Test
    void aProjectsChosenVariantDecidesWhichCellsChangedForIt() {
        CatalogDiff d = CatalogDiff.between(FULL, VariantCatalogs.fargatePatchingShared());
        assertThat(d.responsibilityChangesFor(List.of("aws.ecs"), java.util.Map.of())).isEmpty();
        assertThat(d.responsibilityChangesFor(List.of("aws.ecs"), java.util.Map.of("aws.ecs", "fargate")))
                .extracting(ResponsibilityChange::controlId).containsExactly("PAT-02");
    }
}
