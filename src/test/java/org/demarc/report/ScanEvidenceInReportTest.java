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
    void aReportWithoutScanEvidenceHasNoSuchRow() {
        assertThat(Reports.text(Reports.render(Samples.webshop()))).doesNotContain("Scanner evidence");
    }
}
