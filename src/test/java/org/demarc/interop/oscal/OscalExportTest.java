package org.demarc.interop.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.demarc.assessment.analysis.AssessmentAnalysis;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.model.Responsibility;
import org.demarc.model.ResponsibilityMatrix;
import org.demarc.model.Service;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the OSCAL set says about responsibility, and that it says it the same way every time. */
class OscalExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Baseline, JsonNode> SAMPLE_SSP = new java.util.EnumMap<>(Baseline.class);

    @TempDir
    Path dir;

    private final Assessment sample = Samples.webshop();

    @Test
    void twoExportsAreByteIdentical() throws Exception {
        OscalExport.write(sample, Baseline.MODERATE, dir.resolve("a"));
        OscalExport.write(Samples.webshop(), Baseline.MODERATE, dir.resolve("b"));
        try (var files = Files.list(dir.resolve("a"))) {
            List<Path> written = files.sorted().toList();
            assertThat(written).hasSize(6);
            for (Path f : written) {
                assertThat(Files.readAllBytes(dir.resolve("b").resolve(f.getFileName()))).as(f.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(f));
            }
        }
    }

    @Test
    void everyHrefOfTheSetResolvesToAFileBesideIt() throws Exception {
        Map<String, byte[]> files = OscalExport.documents(sample, Baseline.LOW).files();
        assertThat(ssp(Baseline.LOW).at("/system-security-plan/import-profile/href").asText())
                .isEqualTo("profile_low.json").isIn(files.keySet());
        assertThat(read(files, "profile_low.json").at("/profile/imports/0/href").asText()).isIn(files.keySet());
        assertThat(read(files, PlanDocument.FILE).at("/assessment-plan/import-ssp/href").asText()).isEqualTo(SspDocument.FILE);
        assertThat(read(files, ResultsDocument.FILE).at("/assessment-results/import-ap/href").asText())
                .isEqualTo(PlanDocument.FILE);
        assertThat(read(files, PoamDocument.FILE).at("/plan-of-action-and-milestones/import-ssp/href").asText())
                .isEqualTo(SspDocument.FILE);
    }

    @Test
    void aControlEntirelyTheProvidersIsOnlyInherited() throws Exception {
        ResponsibilityMatrix m = new AssessmentAnalysis(sample).matrix();
        List<String> providerOnly = new ArrayList<>();
        for (Requirement r : Requirement.of(sample.catalog(), Baseline.MODERATE)) {
            if (r.sources().stream().allMatch(c -> every(m, c, Responsibility.PROVIDER))) {
                providerOnly.add(r.controlId());
            }
        }
        assertThat(providerOnly).contains("pe-3", "pe-6", "pe-14", "ma-2", "sc-39");
        for (String id : providerOnly) {
            JsonNode req = requirement(id);
            assertThat(origins(req)).as(id).containsExactly("inherited");
            for (JsonNode bc : req.path("by-components")) {
                assertThat(bc.has("satisfied")).as(id).isFalse();
                assertThat(bc.path("inherited").size()).as(id).isPositive();
                assertThat(bc.path("component-uuid").asText()).isNotEqualTo(thisSystem());
            }
            assertThat(req.path("by-components").size()).as(id).isEqualTo(m.services().size());
        }
    }

    @Test
    void aCustomerOnlyControlHasNoInherited() throws Exception {
        ResponsibilityMatrix m = new AssessmentAnalysis(sample).matrix();
        List<String> customerOnly = new ArrayList<>();
        for (Requirement r : Requirement.of(sample.catalog(), Baseline.MODERATE)) {
            if (r.sources().stream().allMatch(c -> every(m, c, Responsibility.CUSTOMER))) {
                customerOnly.add(r.controlId());
            }
        }
        assertThat(customerOnly).isNotEmpty();
        for (String id : customerOnly) {
            JsonNode req = requirement(id);
            assertThat(origins(req)).as(id).doesNotContain("inherited").isNotEmpty();
            assertThat(req.path("by-components")).as(id).hasSize(1);
            JsonNode bc = req.path("by-components").get(0);
            assertThat(bc.path("component-uuid").asText()).isEqualTo(thisSystem());
            assertThat(bc.has("inherited")).isFalse();
            assertThat(bc.path("satisfied").size()).isPositive();
            assertThat(bc.at("/implementation-status/state").asText())
                    .isIn("implemented", "partial", "planned", "alternative", "not-applicable");
        }
    }

    @Test
    void thePhysicalAndEnvironmentalFamilyIsInherited() throws Exception {
        List<JsonNode> pe = new ArrayList<>();
        ssp(Baseline.MODERATE).at("/system-security-plan/control-implementation/implemented-requirements")
                .forEach(r -> {
                    if (r.path("control-id").asText().startsWith("pe-")) {
                        pe.add(r);
                    }
                });
        assertThat(pe).isNotEmpty();
        pe.forEach(r -> assertThat(origins(r)).as(r.path("control-id").asText()).containsExactly("inherited"));
    }

    @Test
    void aSharedControlCarriesBothOriginsAndEachServiceItsInheritedPart() throws Exception {
        JsonNode req = requirement("sa-9"); // GOV-01 (governance): shared for every category
        assertThat(origins(req)).startsWith("inherited").contains("organization");
        JsonNode ec2 = null;
        for (JsonNode bc : req.path("by-components")) {
            if (!bc.path("component-uuid").asText().equals(thisSystem())) {
                ec2 = bc;
            }
        }
        assertThat(ec2).isNotNull();
        assertThat(ec2.at("/inherited/0/description").asText()).startsWith("GOV-01 ");
    }

    @Test
    void internalCommentsAreNeverWritten() {
        Set<String> comments = new TreeSet<>();
        sample.answers().values().forEach(a -> {
            if (a.comment().length() > 12) {
                comments.add(a.comment());
            }
        });
        assertThat(comments).isNotEmpty();
        OscalExport.documents(sample, Baseline.MODERATE).files().forEach((name, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            comments.forEach(c -> assertThat(text).as(name).doesNotContain(JSON.valueToTree(c).toString()
                    .replaceAll("^\"|\"$", "")));
        });
    }

    @Test
    void gapsBecomeRisksWithPriorityAndPoamItemsWithTheirRemediation() throws Exception {
        Map<String, byte[]> files = OscalExport.documents(sample, Baseline.MODERATE).files();
        int gaps = new AssessmentAnalysis(sample).gapsByPriority().size();
        JsonNode results = read(files, ResultsDocument.FILE).at("/assessment-results/results/0");
        assertThat(results.path("risks")).hasSize(gaps);
        assertThat(results.at("/risks/0/props/0/name").asText()).isEqualTo("priority");
        JsonNode poam = read(files, PoamDocument.FILE).at("/plan-of-action-and-milestones");
        assertThat(poam.path("poam-items")).hasSize(gaps);
        assertThat(poam.at("/poam-items/0/related-risks/0/risk-uuid").asText())
                .isEqualTo(poam.at("/risks/0/uuid").asText());
    }

    @Test
    void oneLineFieldsAndEvidenceLinksStayValidWhateverWasTyped() {
        assertThat(ExportContext.line("  Run the restore test\nquarterly\u2028 and record it ", "x"))
                .isEqualTo("Run the restore test quarterly and record it");
        assertThat(ExportContext.line(" \n ", "fallback")).isEqualTo("fallback");
        assertThat(ExportContext.href("evidence\\restore test 2026.pdf")).isEqualTo("evidence/restore%20test%202026.pdf");
        assertThat(ExportContext.href("Prüfung/ü.pdf")).isEqualTo("Pr%C3%BCfung/%C3%BC.pdf");
    }

    @Test
    void anExceptionForOneServiceIsNamedInTheStatusRemarks() throws Exception {
        Control bck = sample.catalog().control("BCK-01").orElseThrow();
        Assessment a = sample.withAnswer("BCK-01", sample.answer("BCK-01").orElseThrow().withExceptions(
                List.of(new org.demarc.model.ServiceException("aws.s3", org.demarc.model.AnswerStatus.IMPLEMENTED,
                        "versioned buckets"))));
        JsonNode plan = read(OscalExport.documents(a, Baseline.MODERATE).files(), SspDocument.FILE);
        for (JsonNode r : plan.at("/system-security-plan/control-implementation/implemented-requirements")) {
            if (r.path("control-id").asText().equals(Requirement.oscalId(bck.mappingsFor(
                    org.demarc.model.Framework.NIST_800_53_R5).get(0)))) {
                assertThat(r.toString()).contains("BCK-01: Partial; Amazon S3: Implemented, versioned buckets");
                return;
            }
        }
        throw new AssertionError("BCK-01's control is not in the plan");
    }

    @Test
    void theSampleFigures() {
        OscalExport.Summary s = OscalExport.documents(sample, Baseline.MODERATE);
        System.out.printf("sample, MODERATE: %d implemented requirements, %d inherited, %d satisfied%n",
                s.implementedRequirements(), s.inheritedStatements(), s.satisfiedStatements());
        assertThat(s.implementedRequirements()).isEqualTo(81);
        assertThat(s.inheritedStatements()).isPositive();
        assertThat(s.satisfiedStatements()).isPositive();
    }

    private static boolean every(ResponsibilityMatrix m, Control c, Responsibility r) {
        for (Service s : m.services()) {
            if (m.cell(c.id(), s.id()).responsibility() != r) {
                return false;
            }
        }
        return true;
    }

    /** The sample's plan per baseline, exported once per class: the export is the same every time (tested above). */
    private JsonNode ssp(Baseline b) {
        return SAMPLE_SSP.computeIfAbsent(b, x -> {
            try {
                return read(OscalExport.documents(sample, x).files(), SspDocument.FILE);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private JsonNode requirement(String id) throws Exception {
        for (JsonNode r : ssp(Baseline.MODERATE).at("/system-security-plan/control-implementation/implemented-requirements")) {
            if (r.path("control-id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no requirement " + id);
    }

    private String thisSystem() throws Exception {
        return ssp(Baseline.MODERATE).at("/system-security-plan/system-implementation/components/0/uuid").asText();
    }

    private static List<String> origins(JsonNode req) {
        List<String> out = new ArrayList<>();
        req.path("props").forEach(p -> {
            if (p.path("name").asText().equals("control-origination")) {
                out.add(p.path("value").asText());
            }
        });
        return out;
    }

    private static JsonNode read(Map<String, byte[]> files, String name) throws Exception {
        return JSON.readTree(files.get(name));
    }
}
