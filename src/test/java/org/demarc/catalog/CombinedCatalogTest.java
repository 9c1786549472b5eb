package org.demarc.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.model.Catalog;
import org.demarc.model.CatalogCombinationException;
import org.demarc.model.Category;
import org.demarc.model.Control;
import org.demarc.model.Provider;
import org.demarc.model.ResponsibilityMatrix;
import org.demarc.model.Service;
import org.junit.jupiter.api.Test;

/**
 * A catalog combining several providers' catalogs: one row per control, each service's cell from
 * its own provider's catalog, and a refusal naming what differs when catalogs cannot share one.
 */
class CombinedCatalogTest {
    private static final Catalog AWS = BuiltInCatalog.load("aws");
    private static final Catalog AZURE = BuiltInCatalog.load("azure");
    private static final Catalog GCP = BuiltInCatalog.load("gcp");

    @Test
    void aSingleCatalogIsItsOwnOnlyPartAndCombiningOneChangesNothing() {
        assertThat(Catalog.combine(List.of(AWS))).isSameAs(AWS);
        assertThat(AWS.isCombined()).isFalse();
        assertThat(AWS.parts()).containsExactly(AWS);
        assertThat(AWS.partFor("aws.s3")).isSameAs(AWS);
        assertThat(AWS.providers()).containsExactly(AWS.provider());
    }

    @Test
    void aCombinationListsEveryServiceAndSharesTheControls() {
        Catalog both = Catalog.combine(List.of(AWS, AZURE));
        assertThat(both.isCombined()).isTrue();
        assertThat(both.parts()).containsExactly(AWS, AZURE);
        assertThat(both.providers()).extracting(Provider::id).containsExactly("aws", "azure");
        assertThat(both.provider().name()).isEqualTo("Amazon Web Services + Microsoft Azure");
        assertThat(both.id()).isEqualTo("aws+azure");
        assertThat(both.services()).hasSize(AWS.services().size() + AZURE.services().size());
        assertThat(both.controls()).extracting(Control::id).containsExactlyElementsOf(
                AWS.controls().stream().map(Control::id).toList());
        assertThat(both.partFor("azure.appservice")).isSameAs(AZURE);
        assertThat(both.providerOf("aws.s3").id()).isEqualTo("aws");
        assertThat(both.attribution()).isEqualTo(AZURE.attribution());
        assertThat(both.control("PAT-01", "azure.vm").orElseThrow().providerPart())
                .isEqualTo(AZURE.control("PAT-01").orElseThrow().providerPart());
        Service appService = both.service("azure.appservice").orElseThrow();
        assertThat(both.profileOf(appService)).isEqualTo(AZURE.profile(appService.category()));
        // Combining a combination takes it apart: no nesting.
        assertThat(Catalog.combine(List.of(both, GCP)).parts()).containsExactly(AWS, AZURE, GCP);
        assertThat(Catalog.combine(List.of(AWS, AZURE))).isEqualTo(both).hasSameHashCodeAs(both);
    }

    @Test
    void eachCellComesFromItsOwnProvidersCatalog() {
        List<String> scope = List.of("aws.s3", "aws.ec2", "azure.appservice", "gcp.cloud-run", "gcp.gke");
        Catalog all = Catalog.combine(List.of(AWS, AZURE, GCP));
        ResponsibilityMatrix m = ResponsibilityEngine.matrix(all, scope);
        // Columns go provider by provider, each in its catalog's order.
        assertThat(m.services()).extracting(Service::id).containsExactly(
                "aws.ec2", "aws.s3", "azure.appservice", "gcp.gke", "gcp.cloud-run");
        for (String id : scope) {
            Catalog own = id.startsWith("aws.") ? AWS : id.startsWith("azure.") ? AZURE : GCP;
            ResponsibilityMatrix alone = ResponsibilityEngine.matrix(own, List.of(id));
            for (Control c : all.controls()) {
                assertThat(m.cell(c.id(), id)).as(c.id() + " " + id).isEqualTo(alone.cell(c.id(), id));
            }
        }
        assertThat(m.controls()).hasSize(AWS.controls().size());
    }

    @Test
    void twoCatalogsOfOneProviderAreRefused() {
        Catalog otherAws = new Catalog("aws-mine", "My AWS", "1", AWS.provider(), AWS.categories(), AWS.domains(),
                List.of(), AWS.controls());
        assertThatThrownBy(() -> Catalog.combine(List.of(AWS, otherAws)))
                .isInstanceOf(CatalogCombinationException.class)
                .hasMessageContaining("'" + AWS.name() + "' and 'My AWS' are both catalogs of Amazon Web Services");
    }

    @Test
    void aServiceIdInTwoCatalogsIsRefused() {
        Catalog mine = onOtherProvider(AZURE.controls(), List.of(AWS.service("aws.s3").orElseThrow()));
        assertThatThrownBy(() -> Catalog.combine(List.of(AWS, mine)))
                .isInstanceOf(CatalogCombinationException.class)
                .hasMessageContaining("service id 'aws.s3' is in both");
    }

    @Test
    void controlsThatDisagreeOnANeutralFieldAreRefusedNamingTheField() {
        List<Control> controls = new ArrayList<>(AZURE.controls());
        Control c = controls.get(3);
        controls.set(3, new Control(c.id(), c.title(), c.domainId(), c.controlClass(), c.question(), c.guidance(),
                c.providerPart(), c.customerPart(), c.defaults(), c.mappings(), c.evidenceHints(), c.weight() % 5 + 1));
        assertThatThrownBy(() -> Catalog.combine(List.of(AWS, onOtherProvider(controls, List.of()))))
                .isInstanceOf(CatalogCombinationException.class)
                .hasMessageContaining("control " + c.id() + " has a different weight");
        controls.remove(3);
        assertThatThrownBy(() -> Catalog.combine(List.of(AWS, onOtherProvider(controls, List.of()))))
                .hasMessageContaining("control " + c.id() + " is in '" + AWS.name() + "' but not in 'Other'");
    }

    @Test
    void wordingAndDefaultsMayDifferPerProvider() {
        List<Control> controls = AZURE.controls().stream().map(c -> new Control(c.id(), c.title(), c.domainId(),
                c.controlClass(), "Other question", "Other guidance", "Other part", "Yours", c.defaults(),
                c.mappings(), List.of(), c.weight())).toList();
        Catalog other = onOtherProvider(controls, List.of(new Service("other.vm", "Other VM", "Compute",
                Category.INFRASTRUCTURE, "", List.of())));
        Catalog both = Catalog.combine(List.of(AWS, other));
        assertThat(both.control("PAT-01", "other.vm").orElseThrow().question()).isEqualTo("Other question");
        assertThat(both.control("PAT-01", "aws.ec2").orElseThrow().question())
                .isEqualTo(AWS.control("PAT-01").orElseThrow().question());
    }

    private static Catalog onOtherProvider(List<Control> controls, List<Service> services) {
        return new Catalog("other", "Other", "1", new Provider("other", "Other Cloud"), AZURE.categories(),
                AZURE.domains(), services, controls);
    }
}
