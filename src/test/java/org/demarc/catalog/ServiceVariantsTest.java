package org.demarc.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.io.InvalidFileException;
import org.demarc.io.JsonOut;
import org.demarc.io.Problem;
import org.demarc.model.Assignment;
import org.demarc.model.Catalog;
import org.demarc.model.CellReason;
import org.demarc.model.Responsibility;
import org.demarc.model.ResponsibilityMatrix;
import org.junit.jupiter.api.Test;

/**
 * Deployment variants in the catalog: the file format, its validation, and the engine's order
 * (variant override, then service override, then category default).
 */
class ServiceVariantsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Catalog AWS = BuiltInCatalog.load();

    /** The mini catalog with {@code variants} on its managed database (t.db, which overrides OPS-02). */
    private static byte[] miniWith(String variantsJson) throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(MiniFixtures.miniCatalogBytes());
        ObjectNode db = (ObjectNode) root.get("services").get(1);
        db.set("variants", MAPPER.readTree(variantsJson));
        return MAPPER.writeValueAsBytes(root);
    }

    private static final String TWO_VARIANTS = """
            [{"id": "cluster", "name": "Cluster", "default": true, "overrides": []},
             {"id": "serverless", "name": "Serverless", "customerOsAccess": false, "description": "No nodes.",
              "overrides": [{"control": "OPS-02", "responsibility": "PROVIDER", "rationale": "Patched for you."},
                            {"control": "DAT-01", "responsibility": "SHARED", "rationale": "Kept for you."}]}]""";

    private static List<Problem> problems(byte[] catalog) {
        try {
            return new CatalogReader().read(catalog).warnings();
        } catch (InvalidFileException e) {
            return e.problems();
        }
    }

    @Test
    void aVariantOverrideComesBeforeTheServiceOverrideAndTheCategoryDefault() throws Exception {
        Catalog c = MiniFixtures.catalog(miniWith(TWO_VARIANTS));
        ResponsibilityMatrix byDefault = ResponsibilityEngine.matrix(c, Set.of("t.db"));
        ResponsibilityMatrix serverless = ResponsibilityEngine.matrix(c, Set.of("t.db"), Map.of("t.db", "serverless"));

        Assignment serviceOverride = byDefault.cell("OPS-02", "t.db");
        assertThat(serviceOverride.responsibility()).isEqualTo(Responsibility.SHARED);
        assertThat(serviceOverride.reason()).isEqualTo(CellReason.SERVICE_OVERRIDE);
        assertThat(serviceOverride.variant()).isEqualTo("Cluster");

        Assignment variantOverride = serverless.cell("OPS-02", "t.db");
        assertThat(variantOverride.responsibility()).isEqualTo(Responsibility.PROVIDER);
        assertThat(variantOverride.reason()).isEqualTo(CellReason.VARIANT_OVERRIDE);
        assertThat(variantOverride.variant()).isEqualTo("Serverless");
        assertThat(variantOverride.rationale()).isEqualTo("Patched for you.");
        assertThat(serverless.cell("DAT-01", "t.db").responsibility()).isEqualTo(Responsibility.SHARED);
        assertThat(byDefault.cell("DAT-01", "t.db").reason()).isEqualTo(CellReason.CATEGORY_DEFAULT);

        assertThat(serverless.serviceLabel(c.service("t.db").orElseThrow())).isEqualTo("Managed database (Serverless)");
        assertThat(byDefault.variant("t.db").orElseThrow().id()).isEqualTo("cluster");
        assertThat(byDefault.variant("t.vm")).isEmpty();
    }

    @Test
    void aVariantTheServiceDoesNotHaveMeansItsDefault() throws Exception {
        Catalog c = MiniFixtures.catalog(miniWith(TWO_VARIANTS));
        ResponsibilityMatrix m = ResponsibilityEngine.matrix(c, Set.of("t.db"), Map.of("t.db", "gone"));
        assertThat(m.variant("t.db").orElseThrow().id()).isEqualTo("cluster");
        assertThat(m.cell("OPS-02", "t.db").responsibility()).isEqualTo(Responsibility.SHARED);
    }

    @Test
    void variantsSurviveWritingAndReading() throws Exception {
        Catalog c = MiniFixtures.catalog(miniWith(TWO_VARIANTS));
        byte[] written = JsonOut.write(CatalogJson.write(c)).getBytes(StandardCharsets.UTF_8);
        assertThat(MiniFixtures.catalog(written)).isEqualTo(c);
        Catalog aws = MiniFixtures.catalog(JsonOut.write(CatalogJson.write(AWS)).getBytes(StandardCharsets.UTF_8));
        assertThat(aws).isEqualTo(AWS);
        assertThat(aws.service("aws.eks").orElseThrow().variants()).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void aCatalogWithoutVariantsIsWrittenAsBefore() {
        String written = JsonOut.write(CatalogJson.write(MiniFixtures.miniCatalog()));
        assertThat(written).doesNotContain("variants").doesNotContain("customerOsAccess");
        assertThat(MiniFixtures.miniCatalog().services()).allSatisfy(s -> assertThat(s.hasVariants()).isFalse());
    }

    @Test
    void exactlyOneVariantIsTheDefault() throws Exception {
        String none = TWO_VARIANTS.replace("\"default\": true, ", "");
        String two = TWO_VARIANTS.replace("\"customerOsAccess\": false", "\"default\": true");
        for (String variants : List.of(none, two)) {
            List<Problem> p = problems(miniWith(variants));
            assertThat(p).anySatisfy(x -> {
                assertThat(x.key()).isEqualTo("catalog.variantDefaults");
                assertThat(x.location()).isEqualTo("/services/1/variants");
                assertThat(x.text()).contains("t.db");
            });
        }
    }

    @Test
    void variantProblemsAreLocatedAndNameServiceAndVariant() throws Exception {
        String duplicate = TWO_VARIANTS.replace("\"id\": \"serverless\"", "\"id\": \"cluster\"");
        assertThat(problems(miniWith(duplicate))).anySatisfy(x -> {
            assertThat(x.key()).isEqualTo("catalog.duplicateId");
            assertThat(x.location()).isEqualTo("/services/1/variants/1/id");
        });
        String unknownControl = TWO_VARIANTS.replace("\"control\": \"DAT-01\"", "\"control\": \"NOPE-9\"");
        assertThat(problems(miniWith(unknownControl))).anySatisfy(x -> {
            assertThat(x.location()).isEqualTo("/services/1/variants/1/overrides/1/control");
            assertThat(x.text()).contains("t.db").contains("serverless").contains("NOPE-9");
        });
        String wrongType = TWO_VARIANTS.replace("\"customerOsAccess\": false", "\"customerOsAccess\": \"no\"");
        assertThat(problems(miniWith(wrongType))).anySatisfy(x ->
                assertThat(x.location()).isEqualTo("/services/1/variants/1/customerOsAccess"));
    }

    @Test
    void aVariantOverrideRestatingTheCellWordForWordIsRedundant() throws Exception {
        String restated = TWO_VARIANTS.replace("\"responsibility\": \"PROVIDER\", \"rationale\": \"Patched for you.\"",
                "\"responsibility\": \"SHARED\", \"rationale\": \"The provider patches the engine in the window you choose.\"");
        assertThat(problems(miniWith(restated))).anySatisfy(x -> {
            assertThat(x.key()).isEqualTo("catalog.redundantOverride");
            assertThat(x.location()).isEqualTo("/services/1/variants/1/overrides/0");
        });
        // Same responsibility, its own reason: it tells the deployment's story and is kept without a word.
        String ownReason = TWO_VARIANTS.replace("\"responsibility\": \"PROVIDER\"", "\"responsibility\": \"SHARED\"");
        assertThat(problems(miniWith(ownReason))).noneMatch(x -> x.key().equals("catalog.redundantOverride"));
    }

    @Test
    void theBuiltInCatalogsVariantsLoadWithoutProblems() throws Exception {
        byte[] aws = JsonOut.write(CatalogJson.write(AWS)).getBytes(StandardCharsets.UTF_8);
        // Sources of the services' own overrides are being filled in elsewhere; every other warning counts.
        assertThat(new CatalogReader(SourcePolicy.BUILT_IN).read(aws).warnings())
                .noneMatch(p -> !p.key().equals("catalog.sourcesMissing"));
        assertThat(AWS.services().stream().filter(s -> s.hasVariants()).map(s -> s.id())).contains("aws.ecs",
                "aws.eks", "aws.emr", "aws.sagemaker", "aws.elasticbeanstalk", "aws.lightsail", "aws.rdscustom",
                "aws.aurora", "aws.redshift", "aws.msk", "aws.opensearch", "aws.elasticache");
    }

    @Test
    void theBuiltInNamesTheVariantInTheCell() {
        var eks = AWS.service("aws.eks").orElseThrow();
        var pat02 = AWS.control("PAT-02").orElseThrow();
        Assignment auto = ResponsibilityEngine.assign(AWS, pat02, eks, eks.variant("auto-mode").orElseThrow());
        assertThat(auto.reason()).isEqualTo(CellReason.VARIANT_OVERRIDE);
        assertThat(auto.responsibility()).isEqualTo(Responsibility.PROVIDER);
        assertThat(auto.variant()).isEqualTo("EKS Auto Mode");
        Assignment nodes = ResponsibilityEngine.assign(AWS, pat02, eks);
        assertThat(nodes.responsibility()).isEqualTo(Responsibility.CUSTOMER);
        assertThat(nodes.variant()).isEqualTo("Managed node groups");
        var beanstalk = AWS.service("aws.elasticbeanstalk").orElseThrow();
        for (String control : List.of("PAT-02", "PLT-01")) {
            assertThat(ResponsibilityEngine.assign(AWS, AWS.control(control).orElseThrow(), beanstalk,
                    beanstalk.variant("managed-updates-off").orElseThrow()).responsibility())
                    .as(control).isEqualTo(Responsibility.CUSTOMER);
        }
    }

    @Test
    void everyVariantOverrideOfTheBuiltInHasAnAwsSource() {
        AWS.services().forEach(s -> s.variants().forEach(v -> v.overrides().forEach(o -> {
            assertThat(o.source()).as(s.id() + "/" + v.id() + "/" + o.controlId()).isNotNull();
            assertThat(o.source().url()).startsWith("https://").contains("aws.amazon.com");
        })));
    }

    @Test
    void theSchemaAcceptsVariantsAndRefusesAMisspeltOne() throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(miniWith(TWO_VARIANTS));
        assertThat(org.demarc.project.ProjectSchemas.violations(org.demarc.project.ProjectSchemas.CATALOG_ID,
                MAPPER.writeValueAsBytes(root))).isEmpty();
        ((ObjectNode) ((ArrayNode) root.get("services").get(1).get("variants")).get(0)).put("default", "yes");
        assertThat(org.demarc.project.ProjectSchemas.violations(org.demarc.project.ProjectSchemas.CATALOG_ID,
                MAPPER.writeValueAsBytes(root))).isNotEmpty();
        assertThatThrownBy(() -> new CatalogReader().read(MAPPER.writeValueAsBytes(root)))
                .isInstanceOf(InvalidFileException.class);
    }
}
