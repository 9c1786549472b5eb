package org.demarc.interop.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Prowler's own example outputs and a Security Hub export, read and mapped onto the sample project. */
class ScanSamplesTest {
    private final Assessment webshop = Samples.webshop();

    static Path sample(String name) {
        try {
            return Path.of(ScanSamplesTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new assessment of a built-in catalog other than the sample project's. */
    private static Assessment assessmentOf(org.demarc.model.Catalog catalog) {
        return Assessment.create(org.demarc.model.Engagement.empty(), catalog, new org.demarc.model.HistoryEvent(
                java.time.Instant.EPOCH, org.demarc.model.HistoryKind.CREATED, "", "", null));
    }

    private static List<ScanFinding> read(String name, ScanFormat format) throws Exception {
        List<ScanFinding> out = new ArrayList<>();
        ScanRead r = ScanReader.read(sample(name), out::add);
        assertThat(r.format()).isEqualTo(format);
        assertThat(r.findings()).isEqualTo(out.size());
        assertThat(r.sha256()).matches("[0-9a-f]{64}");
        assertThat(r.size()).isEqualTo(java.nio.file.Files.size(sample(name)));
        return out;
    }

    @ParameterizedTest
    @CsvSource({"example_output_aws.csv,PROWLER_CSV,4,aws", "example_output_azure.csv,PROWLER_CSV,4,azure",
            "example_output_gcp.csv,PROWLER_CSV,4,gcp", "example_output_aws.ocsf.json,OCSF_JSON,5,aws",
            "example_output_azure.ocsf.json,OCSF_JSON,5,azure", "example_output_gcp.ocsf.json,OCSF_JSON,5,gcp",
            "securityhub-findings.asff.json,ASFF_JSON,3,aws"})
    void everySampleIsReadByItsContent(String name, ScanFormat format, int findings, String cloud) throws Exception {
        List<ScanFinding> all = read(name, format);
        assertThat(all).hasSize(findings);
        assertThat(all).allSatisfy(f -> {
            assertThat(f.checkId()).isNotBlank();
            assertThat(f.provider()).isEqualTo(cloud);
            assertThat(f.service()).isNotBlank();
        });
    }

    @Test
    void prowlerCsvRowsKeepStatusSeverityServiceAndDate() throws Exception {
        ScanFinding first = read("example_output_aws.csv", ScanFormat.PROWLER_CSV).get(0);
        assertThat(first.checkId()).isEqualTo("accessanalyzer_enabled");
        assertThat(first.status()).isEqualTo(ScanStatus.FAIL);
        assertThat(first.severity()).isEqualTo(ScanSeverity.LOW);
        assertThat(first.service()).isEqualTo("accessanalyzer");
        assertThat(first.date()).isEqualTo(LocalDate.of(2025, 2, 14));
    }

    @Test
    void asffTakesRelatedRequirementsAsBaseControls() throws Exception {
        List<ScanFinding> all = read("securityhub-findings.asff.json", ScanFormat.ASFF_JSON);
        assertThat(all.get(0).checkId()).isEqualTo("S3.1");
        assertThat(all.get(0).service()).isEqualTo("s3");
        assertThat(all.get(0).nist()).containsExactly("AC-21", "AC-3", "SC-7");
        assertThat(all.get(1).status()).isEqualTo(ScanStatus.PASS);
        assertThat(all.get(2).checkId()).isEqualTo("s3_bucket_default_encryption");
        assertThat(all.get(2).date()).isEqualTo(LocalDate.of(2026, 11, 19));
    }

    @Test
    void theAwsCsvSuggestsEvidenceForControlsOfTheSampleProject() throws Exception {
        ScanSuggestions s = ScanSuggestions.of(webshop, sample("example_output_aws.csv"));
        assertThat(s.mappedFindings() + s.unmappedFindings()).isEqualTo(4);
        assertThat(s.suggestions()).extracting(ControlSuggestion::controlId).contains("INC-03", "IAM-01");
        ControlSuggestion contacts = s.suggestions().stream().filter(c -> c.controlId().equals("INC-03"))
                .findFirst().orElseThrow();
        assertThat(contacts.failed()).isEqualTo(1);
        assertThat(contacts.manual()).isEqualTo(2);
        assertThat(contacts.suggested()).isEqualTo(AnswerStatus.NOT_IMPLEMENTED);
        assertThat(contacts.route()).isEqualTo("service");
        assertThat(contacts.services()).containsExactly("aws.organizations");
    }

    @Test
    void securityHubFindingsReachControlsThroughTheirNistRequirements() throws Exception {
        ScanSuggestions s = ScanSuggestions.of(webshop, sample("securityhub-findings.asff.json"));
        ControlSuggestion publicAccess = s.suggestions().stream().filter(c -> c.controlId().equals("DAT-04"))
                .findFirst().orElseThrow();
        assertThat(publicAccess.failed()).isEqualTo(1);
        assertThat(publicAccess.severity()).isEqualTo(ScanSeverity.MEDIUM);
        assertThat(publicAccess.failingResources()).containsExactly("AWS::::Account:111122223333 (eu-west-1)");
        assertThat(publicAccess.route()).isEqualTo("finding");
        assertThat(s.read().tool()).isEqualTo("Security Hub");
        assertThat(s.read().scanDate()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void googleCloudSamplesMapOntoAGoogleCloudAssessment() throws Exception {
        Assessment gcp = assessmentOf(org.demarc.catalog.BuiltInCatalog.loadGcp());
        for (String name : List.of("example_output_gcp.csv", "example_output_gcp.ocsf.json")) {
            ScanSuggestions s = ScanSuggestions.of(gcp, sample(name));
            assertThat(s.unmappedFindings()).isZero();
            assertThat(s.suggestions()).extracting(ControlSuggestion::controlId)
                    .containsExactly("VUL-01", "NET-01", "NET-04", "NET-05", "NET-06", "IAM-04");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "example_output_azure.csv|4|NET-01,NET-02,NET-03,NET-04,RES-01,RES-02,CNT-01,NET-05,NET-06,IAM-08,NET-07",
            "example_output_azure.ocsf.json|5|GOV-01,GOV-03,PLT-01,PLT-02,CFG-01,LOG-01,LOG-02,RES-02,INC-01,"
                    + "INC-02,IAM-07,CNT-01,CFG-03,DEV-03,BCK-02"})
    void azureSamplesMapOntoAnAzureAssessment(String name, long findings, String controls) throws Exception {
        org.demarc.model.Catalog catalog = org.demarc.catalog.BuiltInCatalog.load("azure");
        Assessment azure = assessmentOf(catalog);
        ScanSuggestions s = ScanSuggestions.of(azure, sample(name));
        assertThat(s.mappedFindings()).isEqualTo(findings);
        assertThat(s.unmappedFindings()).isZero();
        assertThat(s.unmapped()).isEmpty();
        assertThat(s.suggestions()).extracting(ControlSuggestion::controlId)
                .containsExactly(controls.split(","));
        // Every suggestion names the Azure catalog services the scan covered (aks, monitor, defender).
        List<String> serviceIds = catalog.services().stream().map(org.demarc.model.Service::id).toList();
        assertThat(s.suggestions()).allSatisfy(c -> assertThat(c.services()).isNotEmpty()
                .allSatisfy(id -> assertThat(serviceIds).contains(id)));
    }

    @Test
    void aScanOfAnotherCloudIsRefusedByName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        ScanSuggestions.of(webshop, sample("example_output_azure.csv")))
                .isInstanceOf(org.demarc.io.InvalidFileException.class)
                .hasMessageContaining("azure").hasMessageContaining("aws");
    }
}
