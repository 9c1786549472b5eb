package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.demarc.model.Assessment;
import org.demarc.model.ScanEvidence;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;

/** Accepted scanner evidence appears in the control's finding block, with the scan file's hash. */
class ScanEvidenceInReportTest {
    @Test
    void theFindingBlockShowsToolDateCountsFailingResourcesAndTheScanFile() {
        Assessment a = Samples.webshop();
        List<String> resources = List.of("arn:aws:s3:::logs (eu-west-1)", "arn:aws:s3:::a (eu-west-1)",
                "arn:aws:s3:::b (eu-west-1)", "arn:aws:s3:::c (eu-west-1)", "arn:aws:s3:::d (eu-west-1)",
                "arn:aws:s3:::e (eu-west-1)");
        ScanEvidence scan = new ScanEvidence("Prowler", "scans/prowler.csv", "ab".repeat(32), 7627,
                LocalDate.of(2025, 2, 14), 12, 9, 1, "high", List.of("s3_bucket_public_access"), resources);
        a = a.withAnswer("IAM-01", a.answers().get("IAM-01").withScanEvidence(List.of(scan)));
        byte[] pdf = Reports.render(a);
        Reports.write("sample-scan-evidence.pdf", pdf);
        String text = Reports.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Scanner evidence", "Prowler scan of", "12 checks passed, 9 failed, 1 to be checked by hand",
                "Highest severity of the failures: high", "arn:aws:s3:::logs (eu-west-1)", "and 4 more",
                "Checks: s3_bucket_public_access", "scans/prowler.csv");
    }

    @Test
    void theAppendixListsEachScanOnceWithItsHashAndAnInternalScanAppearsNowhere() {
        Assessment a = Samples.webshop();
        ScanEvidence shared = new ScanEvidence("Prowler", "scans/prowler.csv", "cd".repeat(32), 7627,
                LocalDate.of(2025, 2, 14), 3, 0, 0, "", List.of("iam_root_mfa_enabled"), List.of());
        ScanEvidence internal = new ScanEvidence("Security Hub", "scans/team-only.json", "ef".repeat(32), 2070,
                LocalDate.of(2026, 11, 20), 0, 1, 0, "critical", List.of("IAM.6"), List.of("root (us-east-1)"), true);
        a = a.withAnswer("IAM-01", a.answers().get("IAM-01").withScanEvidence(List.of(shared, internal)));
        a = a.withAnswer("IAM-02", a.answers().get("IAM-02").withScanEvidence(List.of(shared)));
        byte[] pdf = Reports.render(a);
        Reports.write("sample-scans-appendix.pdf", pdf);
        String text = Reports.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Scans used as automated evidence", "SHA-256 " + "cd".repeat(32));
        int first = text.indexOf("SHA-256 " + "cd".repeat(32));
        assertThat(text.indexOf("scans/prowler.csv 7627 bytes SHA-256 " + "cd".repeat(32), first + 1))
                .as("the appendix names the scan file once, with both controls counted").isEqualTo(-1);
        assertThat(text).doesNotContain("team-only.json", "Security Hub scan of", "root (us-east-1)");
    }

    @Test
    void aReportWithoutScanEvidenceHasNoSuchRow() {
        assertThat(Reports.text(Reports.render(Samples.webshop()))).doesNotContain("Scanner evidence");
    }
}
