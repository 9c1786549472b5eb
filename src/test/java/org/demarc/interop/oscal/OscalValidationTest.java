package org.demarc.interop.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.demarc.fixtures.LargeFixture;
import org.demarc.model.Assessment;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NIST's liboscal-java validates every document the export writes, the OSCAL 1.1.3 JSON schema and
 * the metaschema constraints (which resolve the profile, the plan and the SSP each document points
 * at, so the set must be complete): no finding above informational.
 */
@Tag("slow")
class OscalValidationTest {
    @TempDir
    Path dir;

    @Test
    void theSampleValidates() throws Exception {
        assertValid(Samples.webshop(), Baseline.MODERATE, dir.resolve("sample"));
    }

    @Test
    void theMultiProviderSampleValidatesWithOneLeveragedAuthorizationPerProvider() throws Exception {
        Path out = dir.resolve("multicloud");
        assertValid(Samples.multicloud(), Baseline.MODERATE, out);
        com.fasterxml.jackson.databind.JsonNode ssp = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve(SspDocument.FILE).toFile()).path("system-security-plan");
        com.fasterxml.jackson.databind.JsonNode auths = ssp.path("system-implementation").path("leveraged-authorizations");
        assertThat(auths).hasSize(2);
        assertThat(auths.get(0).path("title").asText()).contains("Amazon Web Services");
        assertThat(auths.get(1).path("title").asText()).contains("Microsoft Azure");
        assertThat(auths.get(0).path("remarks").asText()).contains("AWS SOC 2").doesNotContain("Azure SOC 2");
        assertThat(auths.get(1).path("remarks").asText()).contains("Azure SOC 2").doesNotContain("AWS SOC 2");
        for (com.fasterxml.jackson.databind.JsonNode c : ssp.path("system-implementation").path("components")) {
            if (c.path("type").asText().equals("service")) {
                String vendor = c.path("props").findValuesAsText("value").get(0);
                String id = c.path("title").asText();
                assertThat(vendor).as(id).isEqualTo(Samples.multicloud().catalog().partFor(
                        c.path("props").get(4).path("value").asText()).provider().name());
            }
        }
    }

    @Test
    void theLargeFixtureValidatesUnderTheHighBaseline() throws Exception {
        assertValid(LargeFixture.create(), Baseline.HIGH, dir.resolve("large"));
    }

    private static void assertValid(Assessment a, Baseline baseline, Path out) throws Exception {
        OscalExport.Summary summary = OscalExport.write(a, baseline, out);
        OscalValidator validator = new OscalValidator();
        List<String> findings = new ArrayList<>();
        long t = System.nanoTime();
        for (String name : summary.files().keySet()) {
            if (!name.equals(baseline.catalogFileName())) {
                long one = System.nanoTime();
                findings.addAll(validator.findings(out.resolve(name)));
                System.out.printf("  %s %.1f s%n", name, (System.nanoTime() - one) / 1e9);
            }
        }
        System.out.printf("OSCAL %s: %d requirements, %d inherited, %d satisfied; validated in %.1f s%n",
                baseline, summary.implementedRequirements(), summary.inheritedStatements(),
                summary.satisfiedStatements(), (System.nanoTime() - t) / 1e9);
        assertThat(findings).isEmpty();
    }
}
