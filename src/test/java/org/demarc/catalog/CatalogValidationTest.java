package org.demarc.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.demarc.io.InvalidFileException;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.io.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A broken catalog is refused with a message that names the entry and where it is. */
class CatalogValidationTest {
    private static String mini() {
        return new String(MiniFixtures.miniCatalogBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void theMiniCatalogIsValid() throws Exception {
        var loaded = new CatalogReader().read(MiniFixtures.miniCatalogBytes());
        assertThat(loaded.value().services()).hasSize(3);
        assertThat(loaded.warnings()).isEmpty();
    }

    static Stream<Arguments> brokenCatalogs() {
        return Stream.of(
                Arguments.of("dangling override", mini().replace("\"control\": \"OPS-02\"", "\"control\": \"OPS-77\""),
                        "/services/1/overrides/0/control", "t.db overrides control 'OPS-77'"),
                Arguments.of("duplicate service id", mini().replace("\"id\": \"t.blob\"", "\"id\": \"t.vm\""),
                        "/services/2/id", "duplicate id 't.vm'"),
                Arguments.of("duplicate control id", mini().replace("\"id\": \"DAT-01\"", "\"id\": \"OPS-01\""),
                        "/controls/3/id", "duplicate id 'OPS-01'"),
                Arguments.of("missing category responsibility", mini().replace(
                                "\"INFRASTRUCTURE\": \"SHARED\",\n", ""),
                        "/controls/1/responsibility", "OPS-01 has no responsibility for category INFRASTRUCTURE"),
                Arguments.of("unknown category", mini().replace("\"category\": \"ABSTRACTED\",\n      \"description\": \"You keep data",
                                "\"category\": \"SERVERLESS\",\n      \"description\": \"You keep data"),
                        "/services/2/category", "'SERVERLESS' is not allowed here"),
                Arguments.of("unknown domain", mini().replace("\"domain\": \"ops\",\n      \"class\": \"CUSTOMER_SPECIFIC\"",
                                "\"domain\": \"opz\",\n      \"class\": \"CUSTOMER_SPECIFIC\""),
                        "/controls/3/domain", "DAT-01 names domain 'opz'"),
                Arguments.of("mapping id the framework lacks", mini().replace("\"PE-3\"", "\"PE-99\""),
                        "/controls/0/mappings/nist-800-53r5/0", "'PE-99', which is not a NIST SP 800-53 Rev. 5"),
                Arguments.of("weight out of range", mini().replace("\"weight\": 5\n    },\n    {\n      \"id\": \"OPS-02\"",
                                "\"weight\": 9\n    },\n    {\n      \"id\": \"OPS-02\""),
                        "/controls/1/weight", "9 is out of range"),
                Arguments.of("assessed under a service the catalog lacks", naUnder("t.nope"),
                        "/services/1/overrides/0/assessedUnder", "assessed under \"t.nope\""),
                Arguments.of("assessed under itself", naUnder("t.db"),
                        "/services/1/overrides/0/assessedUnder", "assessed under \"t.db\""),
                Arguments.of("assessed under on a cell that applies", mini().replace(
                                "\"rationale\": \"The provider patches the engine in the window you choose.\"",
                                "\"rationale\": \"The provider patches the engine in the window you choose.\", "
                                        + "\"assessedUnder\": \"t.vm\""),
                        "/services/1/overrides/0/assessedUnder", "only a NOT_APPLICABLE cell may"),
                Arguments.of("not applicable as a category default", mini().replace(
                                "\"INFRASTRUCTURE\": \"SHARED\",\n", "\"INFRASTRUCTURE\": \"NOT_APPLICABLE\",\n"),
                        "/controls/1/responsibility/INFRASTRUCTURE", "only a service override can say"));
    }

    /** The mini catalog with t.db's override made not applicable, assessed under {@code service}. */
    private static String naUnder(String service) {
        return mini().replace("\"responsibility\": \"SHARED\",\n          \"rationale\": \"The provider patches",
                "\"responsibility\": \"NOT_APPLICABLE\",\n          \"assessedUnder\": \"" + service
                        + "\",\n          \"rationale\": \"The provider patches");
    }

    @Test
    void aNotApplicableCellAssessedUnderAnotherServiceIsReadAndWrittenBack() throws Exception {
        var c = new CatalogReader().read(naUnder("t.vm").getBytes(StandardCharsets.UTF_8)).value();
        var o = c.service("t.db").orElseThrow().overrides().get(0);
        assertThat(o.responsibility()).isEqualTo(org.demarc.model.Responsibility.NOT_APPLICABLE);
        assertThat(o.assessedUnder()).isEqualTo("t.vm");
        byte[] again = org.demarc.io.JsonOut.write(CatalogJson.write(c)).getBytes(StandardCharsets.UTF_8);
        assertThat(new CatalogReader().read(again).value()).isEqualTo(c);
        assertThat(new String(again, StandardCharsets.UTF_8)).contains("\"assessedUnder\": \"t.vm\"");
        // A catalog without the member writes none: older catalogs keep their bytes.
        var plain = new CatalogReader().read(MiniFixtures.miniCatalogBytes()).value();
        assertThat(org.demarc.io.JsonOut.write(CatalogJson.write(plain))).doesNotContain("assessedUnder");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCatalogs")
    void aBrokenCatalogIsRefusedNamingTheEntry(String name, String json, String location, String text) {
        assertThat(json).isNotEqualTo(mini());
        assertThatThrownBy(() -> new CatalogReader().read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .filteredOn(Problem::isError)
                        .anySatisfy(p -> {
                            assertThat(p.location()).isEqualTo(location);
                            assertThat(p.text()).contains(text);
                        }));
    }

    @Test
    void theBuiltInCatalogIsValidWithoutWarnings() throws Exception {
        byte[] bytes = BuiltInCatalog.class.getResourceAsStream(BuiltInCatalog.RESOURCE).readAllBytes();
        var loaded = new CatalogReader().read(bytes);
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void everyFrameworkReferenceListIsShipped() {
        var ref = FrameworkReference.builtIn();
        assertThat(ref.isValid(org.demarc.model.Framework.NIST_800_53_R5, "AC-2")).isTrue();
        assertThat(ref.isValid(org.demarc.model.Framework.ISO_27001_2022, "A.8.8")).isTrue();
        assertThat(ref.isValid(org.demarc.model.Framework.CSA_CCM_V4, "IAM-01")).isTrue();
        assertThat(ref.isValid(org.demarc.model.Framework.ISO_27001_2022, "A.9.9")).isFalse();
    }
}
