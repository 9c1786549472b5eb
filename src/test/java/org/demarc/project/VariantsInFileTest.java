package org.demarc.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.demarc.catalog.BuiltInCatalog;
import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;
import org.demarc.model.Assessment;
import org.demarc.model.CellReason;
import org.demarc.model.Engagement;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.junit.jupiter.api.Test;

/**
 * The deployment variant in the project file: a scope entry names it only when it is not the
 * default, so files without variants keep their bytes and a bare service id keeps meaning the
 * default variant.
 */
class VariantsInFileTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Assessment project() {
        Assessment a = Assessment.create(Engagement.empty().withTitle("Variants"), BuiltInCatalog.load(),
                new HistoryEvent(Instant.parse("2026-12-01T09:00:00Z"), HistoryKind.CREATED, "Alex", "Created"));
        return a.withScope(new TreeSet<>(java.util.List.of("aws.eks", "aws.s3", "aws.emr")));
    }

    private static String text(Assessment a) {
        return new String(ProjectWriter.toBytes(a), StandardCharsets.UTF_8);
    }

    private static Assessment read(String file) throws InvalidFileException {
        return new ProjectReader().read(file.getBytes(StandardCharsets.UTF_8)).value();
    }

    @Test
    void aChosenVariantIsWrittenInItsScopeEntryAndReadBack() throws Exception {
        Assessment a = project().withVariant("aws.eks", "auto-mode");
        String file = text(a);
        JsonNode scope = MAPPER.readTree(file).get("scope");
        assertThat(scope.toString()).isEqualTo(
                "[{\"service\":\"aws.eks\",\"variant\":\"auto-mode\"},\"aws.emr\",\"aws.s3\"]");
        Assessment back = read(file);
        assertThat(back).isEqualTo(a);
        assertThat(back.variantOf("aws.eks")).contains("auto-mode");
        assertThat(text(back)).isEqualTo(file);
        assertThat(ResponsibilityEngine.matrix(back).cell("PAT-02", "aws.eks").reason())
                .isEqualTo(CellReason.VARIANT_OVERRIDE);
        assertThat(ProjectSchemas.violations(ProjectSchemas.ASSESSMENT_ID, file.getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }

    @Test
    void anyScopeWithAnyVariantsSurvivesSaveAndLoad() {
        java.util.List<org.demarc.model.Service> services = BuiltInCatalog.load().services();
        org.demarc.testing.Gen<Assessment> projects = s -> {
            Assessment a = project().withScope(new TreeSet<>(org.demarc.testing.Gen.subsetOf(
                    services.stream().map(org.demarc.model.Service::id).toList()).next(s)));
            for (org.demarc.model.Service svc : services) {
                if (svc.hasVariants() && a.scope().contains(svc.id())) {
                    a = a.withVariant(svc.id(), org.demarc.testing.Gen.of(svc.variants()).next(s).id());
                }
            }
            return a;
        };
        org.demarc.testing.Property.tries(40).forAll(projects, a -> {
            byte[] bytes = ProjectWriter.toBytes(a);
            Assessment back = new ProjectReader().read(bytes).value();
            assertThat(back).isEqualTo(a);
            assertThat(ProjectWriter.toBytes(back)).isEqualTo(bytes);
            assertThat(ProjectSchemas.violations(ProjectSchemas.ASSESSMENT_ID, bytes)).isEmpty();
        });
    }

    @Test
    void theDefaultVariantIsNeverWrittenSoTheFileStaysAsItWas() {
        Assessment plain = project();
        Assessment chosenThenDefault = plain.withVariant("aws.eks", "fargate").withVariant("aws.eks",
                "managed-node-groups");
        assertThat(chosenThenDefault.variants()).isEmpty();
        assertThat(text(chosenThenDefault)).isEqualTo(text(plain));
        assertThat(text(plain)).contains("\"aws.eks\"").doesNotContain("\"variant\"");
    }

    @Test
    void aServiceLeavingTheScopeTakesItsVariantWithIt() {
        Assessment a = project().withVariant("aws.emr", "serverless");
        TreeSet<String> smaller = new TreeSet<>(a.scope());
        smaller.remove("aws.emr");
        assertThat(a.withScope(smaller).variants()).isEmpty();
    }

    @Test
    void anUnknownVariantIsRefusedNamingTheServiceAndTheVariant() {
        String file = text(project().withVariant("aws.eks", "fargate"))
                .replace("\"variant\": \"fargate\"", "\"variant\": \"warp-drive\"");
        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(InvalidFileException.class, e ->
                assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.location()).isEqualTo("/scope/0/variant");
                    assertThat(p.key()).isEqualTo("project.unknownVariant");
                    assertThat(p.text()).contains("Amazon Elastic Kubernetes Service").contains("aws.eks")
                            .contains("warp-drive").contains("auto-mode");
                }));
    }

    @Test
    void anUnknownServiceInAnEntryIsRefusedWhereItIsWritten() {
        String file = text(project().withVariant("aws.eks", "fargate")).replace("\"service\": \"aws.eks\"",
                "\"service\": \"aws.nothing\"");
        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(InvalidFileException.class, e ->
                assertThat(e.problems()).extracting(Problem::location).contains("/scope/0/service"));
    }

    @Test
    void anEntryMissingItsVariantIsRefused() {
        String file = text(project().withVariant("aws.eks", "fargate")).replace(", \"variant\": \"fargate\"", "")
                .replaceAll(",\\s*\"variant\"\\s*:\\s*\"fargate\"", "");
        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(InvalidFileException.class, e ->
                assertThat(e.problems()).extracting(Problem::location).contains("/scope/0/variant"));
    }
}
