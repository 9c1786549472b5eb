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
