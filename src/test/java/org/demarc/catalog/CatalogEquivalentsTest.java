package org.demarc.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.io.InvalidFileException;
import org.demarc.io.JsonOut;
import org.demarc.io.Problem;
import org.demarc.model.Catalog;
import org.demarc.model.EquivalentsSource;
import org.demarc.model.Service;
import org.demarc.model.Source;
import org.junit.jupiter.api.Test;

/** A service's equivalents on other providers and the pages they rest on: read, written back, checked. */
class CatalogEquivalentsTest {
    private static final Source PAGE = new Source("Compare services", "https://example.com/compare",
            LocalDate.of(2026, 12, 1));

    /** The mini catalog (provider {@code test}) with equivalents on its first service and a page for {@code aws}. */
    private static Catalog paired(List<String> equivalents) {
        Catalog mini = MiniFixtures.miniCatalog();
        List<Service> services = new java.util.ArrayList<>(mini.services());
        services.set(0, services.get(0).withEquivalents(equivalents));
        return mini.withServices(services).withEquivalentsSources(List.of(new EquivalentsSource("aws", PAGE)));
    }

    private static byte[] bytes(Catalog c) {
        return JsonOut.write(CatalogJson.write(c)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] edited(Catalog c, Consumer<ObjectNode> edit) {
        ObjectNode root = CatalogJson.write(c);
        edit.accept(root);
        return JsonOut.write(root).getBytes(StandardCharsets.UTF_8);
    }

    private static List<Problem> refused(byte[] bytes) {
        try {
            new CatalogReader(SourcePolicy.USER_FILE).read(bytes);
        } catch (InvalidFileException e) {
            return e.problems();
        }
        throw new AssertionError("the catalog was accepted");
    }

    @Test
    void equivalentsAndTheirPagesAreReadAndWrittenBack() throws Exception {
        Catalog c = paired(List.of("aws.ec2", "gcp.compute-engine"));
        String written = new String(bytes(c), StandardCharsets.UTF_8);
        assertThat(written.indexOf("\"equivalentsSources\"")).isGreaterThan(written.indexOf("\"provider\""))
                .isLessThan(written.indexOf("\"categories\""));
        Catalog read = new CatalogReader().read(bytes(c)).value();
        assertThat(read).isEqualTo(c);
        assertThat(read.services().get(0).equivalents()).containsExactly("aws.ec2", "gcp.compute-engine");
        assertThat(read.equivalentsSource("aws")).map(EquivalentsSource::source).contains(PAGE);
    }

    @Test
    void aCatalogWithoutEquivalentsIsWrittenWithoutThem() {
        Catalog mini = MiniFixtures.miniCatalog();
        assertThat(new String(bytes(mini), StandardCharsets.UTF_8)).doesNotContain("equivalents");
        assertThat(bytes(mini)).isEqualTo(JsonOut.write(CatalogJson.write(mini)).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEquivalentThatIsNoServiceIdIsRefusedWithItsPlace() {
        assertThat(refused(bytes(paired(List.of("EC2")))))
                .anySatisfy(p -> {
                    assertThat(p.location()).isEqualTo("/services/0/equivalents/0");
                    assertThat(p.text()).contains("'EC2'").contains("provider.name");
                });
    }

    @Test
    void anEquivalentOnTheCatalogsOwnProviderIsRefused() {
        assertThat(refused(bytes(paired(List.of("aws.ec2", "test.db")))))
                .anySatisfy(p -> {
                    assertThat(p.location()).isEqualTo("/services/0/equivalents/1");
                    assertThat(p.text()).contains("'test.db'").contains("own provider test");
                });
    }

    @Test
    void anEquivalentNamedTwiceIsRefused() {
        assertThat(refused(bytes(paired(List.of("aws.ec2", "aws.ec2")))))
                .anySatisfy(p -> assertThat(p.location()).isEqualTo("/services/0/equivalents/1"));
    }

    @Test
    void equivalentsThatAreNotTextsAreRefusedWithTheirPlace() {
        byte[] bytes = edited(paired(List.of("aws.ec2")),
                root -> ((ObjectNode) root.get("services").get(0)).putArray("equivalents").add(7));
        assertThat(refused(bytes)).anySatisfy(p -> assertThat(p.location()).isEqualTo("/services/0/equivalents/0"));
    }

    @Test
    void aProviderNamedWithoutItsPageIsWarnedAbout() throws Exception {
        Catalog c = paired(List.of("aws.ec2", "azure.vm"));
        var loaded = new CatalogReader(SourcePolicy.USER_FILE).read(bytes(c));
        assertThat(loaded.warnings()).anySatisfy(p -> assertThat(p.text()).contains("provider azure")
                .contains("no equivalents source"));
        assertThat(loaded.warnings()).noneSatisfy(p -> assertThat(p.text()).contains("provider aws"));
    }

    @Test
    void anEquivalentsSourceNeedsItsPageAndMayNotNameTheOwnProvider() {
        byte[] noSource = edited(paired(List.of("aws.ec2")),
                root -> ((ObjectNode) root.get("equivalentsSources").get(0)).remove("source"));
        assertThat(refused(noSource)).anySatisfy(p -> assertThat(p.location()).isEqualTo("/equivalentsSources/0/source"));
        Catalog own = paired(List.of()).withEquivalentsSources(List.of(new EquivalentsSource("test", PAGE)));
        assertThat(refused(bytes(own))).anySatisfy(p -> assertThat(p.location())
                .isEqualTo("/equivalentsSources/0/provider"));
    }

    @Test
    void aBuiltInCatalogCitesOnlyItsProvidersSiteForEquivalentsToo() {
        Catalog azure = BuiltInCatalog.load("azure");
        Source elsewhere = new Source("Someone's table", "https://example.com/table", LocalDate.of(2026, 12, 1));
        Catalog wrong = azure.withEquivalentsSources(List.of(new EquivalentsSource("aws", elsewhere),
                azure.equivalentsSource("gcp").orElseThrow()));
        assertThatThrownBy(() -> new CatalogReader(SourcePolicy.BUILT_IN).read(bytes(wrong)))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.location()).isEqualTo("/equivalentsSources/0/source/url");
                            assertThat(p.text()).contains("learn.microsoft.com");
                        }));
    }

    @Test
    void aProjectThatEmbeddedTheCatalogBeforeItsEquivalentsIsStillTheBuiltInOne() {
        Catalog azure = BuiltInCatalog.load("azure");
        Catalog before = azure.withServices(azure.services().stream().map(s -> s.withEquivalents(List.of())).toList())
                .withEquivalentsSources(List.of());
        assertThat(BuiltInComparison.of(before)).isNull();
    }
}
