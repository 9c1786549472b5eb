package org.demarc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.demarc.io.JsonOut;
import org.demarc.fixtures.CatalogVersions;
import org.demarc.model.Catalog;
import org.demarc.model.Category;
import org.demarc.model.Control;
import org.demarc.model.ControlClass;
import org.demarc.model.Framework;
import org.demarc.model.Responsibility;
import org.demarc.model.Service;
import org.demarc.model.ServiceOverride;
import org.junit.jupiter.api.Test;

/** The breadth and the integrity of the built-in AWS catalog beyond what validation checks. */
class BuiltInCatalogTest {
    private static final Catalog AWS = BuiltInCatalog.load();
    private static final Catalog STARTER = CatalogVersions.starter();
    /** Overrides of inherited controls: only the physical controls of AWS Outposts, whose racks the customer hosts. */
    private static final Set<String> SITE_AT_CUSTOMER = Set.of("aws.outposts PHY-01", "aws.outposts PHY-02");

    /** The controls that carry the statements of the source document. */
    private static final List<String> SOURCE_CONTROLS = List.of("PHY-01", "INF-01", "PAT-01", "PAT-02", "PLT-01",
            "CFG-01", "CFG-02", "TRN-01", "NET-01", "NET-02", "NET-03", "DAT-01", "DAT-02", "IAM-01");

    @Test
    void itIsBroadEnoughForAnAudit() {
        assertThat(AWS.services()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(AWS.controls()).hasSizeGreaterThanOrEqualTo(45);
        assertThat(AWS.controls().stream().map(Control::domainId).distinct()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(AWS.services().stream().mapToInt(s -> s.overrides().size()).sum()).isGreaterThanOrEqualTo(25);
        for (Category c : Category.values()) {
            assertThat(AWS.services()).as(c.name()).anyMatch(s -> s.category() == c);
        }
        assertThat(AWS.services().stream().map(Service::group).collect(Collectors.toSet())).contains("Compute",
                "Containers", "Serverless", "Storage", "Databases", "Networking and content delivery",
                "Security and identity", "Analytics", "Application integration", "Management and governance",
                "Machine learning", "Developer tools");
    }

    @Test
    void itHasTheServicesAnAwsWorkloadAuditExpectsEachWithACategory() {
        assertThat(AWS.services()).hasSizeGreaterThanOrEqualTo(100);
        for (String id : CatalogVersions.ADDED_FOR_AUDIT_BREADTH) {
            Service s = AWS.service(id).orElseThrow(() -> new AssertionError(id + " is missing"));
            assertThat(s.category()).as(id).isNotNull();
        }
        // AWS's own model names EC2 Auto Scaling as an infrastructure service; Outposts runs EC2 on the customer's site.
        assertThat(AWS.service("aws.autoscaling").orElseThrow().category()).isEqualTo(Category.INFRASTRUCTURE);
        assertThat(AWS.service("aws.outposts").orElseThrow().category()).isEqualTo(Category.INFRASTRUCTURE);
    }

    @Test
    void itKeepsEveryServiceAndControlOfTheStarterCatalog() {
        assertThat(AWS.services()).extracting(Service::id)
                .containsAll(STARTER.services().stream().map(Service::id).toList());
        assertThat(AWS.controls()).extracting(Control::id)
                .containsAll(STARTER.controls().stream().map(Control::id).toList());
        assertThat(AWS.version()).isNotEqualTo(STARTER.version());
    }

    @Test
    void theSourceDocumentControlsKeepTheirMeaningAndDefaults() {
        for (String id : SOURCE_CONTROLS) {
            Control now = AWS.control(id).orElseThrow();
            Control then = STARTER.control(id).orElseThrow();
            assertThat(now.title()).as(id).isEqualTo(then.title());
            assertThat(now.question()).as(id).isEqualTo(then.question());
            assertThat(now.controlClass()).as(id).isEqualTo(then.controlClass());
            assertThat(now.defaults()).as(id).isEqualTo(then.defaults());
        }
    }

    @Test
    void everyControlMapsToAllThreeFrameworks() {
        for (Control c : AWS.controls()) {
            for (Framework f : Framework.values()) {
                assertThat(c.mappingsFor(f)).as(c.id() + " " + f.title()).isNotEmpty()
                        .allMatch(id -> FrameworkReference.builtIn().isValid(f, id)).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void controlClassesAgreeWithTheResponsibilities() {
        for (Control c : AWS.controls()) {
            if (c.controlClass() == ControlClass.INHERITED) {
                assertThat(c.defaults().values()).as(c.id()).containsOnly(Responsibility.PROVIDER);
            } else if (c.controlClass() == ControlClass.CUSTOMER_SPECIFIC) {
                assertThat(c.defaults().values()).as(c.id()).containsOnly(Responsibility.CUSTOMER);
            }
        }
        // Only shared controls are overridden, with one exception: an Outpost stands in the customer's
        // facility, so its physical and media security are shared instead of inherited.
        Set<String> overridesOfUnsharedControls = AWS.services().stream()
                .flatMap(s -> s.overrides().stream()
                        .filter(o -> AWS.control(o.controlId()).orElseThrow().controlClass() != ControlClass.SHARED)
                        .map(o -> s.id() + " " + o.controlId()))
                .collect(Collectors.toSet());
        assertThat(overridesOfUnsharedControls).isEqualTo(SITE_AT_CUSTOMER);
    }

    @Test
    void everyEntryIsWrittenOutAndEveryOverrideExplained() {
        for (Service s : AWS.services()) {
            assertThat(s.id()).matches("aws\\.[a-z0-9]+");
            assertThat(List.of(s.name(), s.group(), s.description())).as(s.id()).allMatch(t -> !t.isBlank());
            assertThat(s.description()).as(s.id()).startsWith("The customer keeps");
            for (ServiceOverride o : s.overrides()) {
                assertThat(o.rationale()).as(s.id() + " " + o.controlId()).hasSizeGreaterThan(80);
            }
        }
        for (Control c : AWS.controls()) {
            assertThat(c.question()).as(c.id()).endsWith("?").matches("(How|Which|What|Who|Where|In which|If|When) .*");
            assertThat(List.of(c.guidance(), c.providerPart(), c.customerPart())).as(c.id()).allMatch(t -> !t.isBlank());
            assertThat(c.evidenceHints()).as(c.id()).isNotEmpty();
        }
    }

    @Test
    void theFileIsWrittenExactlyAsTheProgramWritesCatalogs() throws Exception {
        byte[] file;
        try (InputStream in = BuiltInCatalog.class.getResourceAsStream(BuiltInCatalog.RESOURCE)) {
            file = in.readAllBytes();
        }
        assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo(JsonOut.write(CatalogJson.write(AWS)));
    }
}
