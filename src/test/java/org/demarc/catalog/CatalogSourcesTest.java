package org.demarc.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.demarc.fixtures.MiniFixtures;
import org.demarc.io.InvalidFileException;
import org.demarc.io.JsonOut;
import org.demarc.io.Problem;
import org.demarc.model.Catalog;
import org.demarc.model.Source;
import org.junit.jupiter.api.Test;

/** Sources on overrides and categories: read, written back unchanged, and checked as each kind of catalog needs. */
class CatalogSourcesTest {
    private static final String RATIONALE = "\"rationale\": \"The provider patches the engine in the window you choose.\"";
    private static final String KEEPS = "\"customerKeeps\": \"Guest OS, applications, firewall.\"";

    private static String mini() {
        return new String(MiniFixtures.miniCatalogBytes(), StandardCharsets.UTF_8);
    }

    private static String withSources(String overrideUrl, String categoryUrl) {
        return mini().replace(RATIONALE, RATIONALE + ",\n          \"source\": {\"title\": \"Maintaining a DB instance\", \"url\": \""
                        + overrideUrl + "\", \"checked\": \"2026-12-01\"}")
                .replace(KEEPS, KEEPS + ",\n      \"source\": {\"title\": \"Shared Responsibility Model\", \"url\": \""
                        + categoryUrl + "\", \"checked\": \"2026-11-30\"}");
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSourceIsReadAndWrittenBackAsItWas() throws Exception {
        String json = withSources("https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Maintenance.html",
                "https://aws.amazon.com/compliance/shared-responsibility-model/");
        Catalog c = new CatalogReader(SourcePolicy.BUILT_IN).read(bytes(json)).value();
        Source s = c.services().get(1).overrides().get(0).source();
        assertThat(s.title()).isEqualTo("Maintaining a DB instance");
        assertThat(s.checked()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(c.categories().get(0).source().checked()).isEqualTo(LocalDate.of(2026, 11, 30));
        Catalog again = new CatalogReader().read(bytes(JsonOut.write(CatalogJson.write(c)))).value();
        assertThat(again).isEqualTo(c);
    }

    @Test
    void aCatalogWithoutSourcesIsWrittenWithoutThem() throws Exception {
        Catalog c = new CatalogReader().read(MiniFixtures.miniCatalogBytes()).value();
        assertThat(JsonOut.write(CatalogJson.write(c))).doesNotContain("\"source\"");
    }

    @Test
    void aSnapshotWithoutSourcesLoadsSilentlyButAUserFileIsWarnedAboutOnce() throws Exception {
        assertThat(new CatalogReader().read(MiniFixtures.miniCatalogBytes()).warnings()).isEmpty();
        var loaded = new CatalogReader(SourcePolicy.USER_FILE).read(MiniFixtures.miniCatalogBytes());
        assertThat(loaded.warnings()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("/categories/0");
            assertThat(p.text()).contains("4 of 4 categories and overrides name no source page");
        });
    }

    @Test
    void aUserCatalogMayCiteAnyHttpsPage() throws Exception {
        String json = withSources("https://intranet.example.com/cloud/db-patching", "https://example.org/srm");
        var loaded = new CatalogReader(SourcePolicy.USER_FILE).read(bytes(json));
        assertThat(loaded.warnings()).singleElement()
                .satisfies(p -> assertThat(p.text()).startsWith("2 of 4 categories and overrides"));
    }

    @Test
    void anAddressThatIsNotHttpsIsRefusedWhereverItIs() {
        String json = withSources("http://docs.aws.amazon.com/rds.html", "https://aws.amazon.com/compliance/");
        assertThatThrownBy(() -> new CatalogReader().read(bytes(json)))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .filteredOn(Problem::isError).singleElement().satisfies(p -> {
                            assertThat(p.location()).isEqualTo("/services/1/overrides/0/source/url");
                            assertThat(p.text()).contains("is not an https address");
                        }));
    }

    @Test
    void theBuiltInCatalogCitesAwsOnly() {
        String json = withSources("https://docs.aws.amazon.com.evil.example/rds", "https://aws.amazon.com/compliance/");
        assertThatThrownBy(() -> new CatalogReader(SourcePolicy.BUILT_IN).read(bytes(json)))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .filteredOn(Problem::isError).singleElement()
                        .satisfies(p -> assertThat(p.text()).contains("is not a page on aws.amazon.com")));
    }

    @Test
    void theBuiltInAzureCatalogCitesMicrosoftLearnOnly() throws Exception {
        String azure = withSources("https://docs.aws.amazon.com/rds", "https://learn.microsoft.com/azure/security/")
                .replaceFirst("\"id\": \"test\"", "\"id\": \"azure\"");
        assertThatThrownBy(() -> new CatalogReader(SourcePolicy.BUILT_IN).read(bytes(azure)))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .filteredOn(Problem::isError).singleElement()
                        .satisfies(p -> assertThat(p.text()).contains("is not a page on learn.microsoft.com")));
        String learn = azure.replace("https://docs.aws.amazon.com/rds", "https://learn.microsoft.com/azure/aks/");
        assertThat(new CatalogReader(SourcePolicy.BUILT_IN).read(bytes(learn)).value().provider().id()).isEqualTo("azure");
    }

    @Test
    void aSourceWithoutItsDateIsRefused() {
        String json = withSources("https://docs.aws.amazon.com/x.html", "https://aws.amazon.com/y/")
                .replace(", \"checked\": \"2026-12-01\"", "");
        assertThatThrownBy(() -> new CatalogReader().read(bytes(json)))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .filteredOn(Problem::isError)
                        .anySatisfy(p -> assertThat(p.location()).isEqualTo("/services/1/overrides/0/source/checked")));
    }
}
