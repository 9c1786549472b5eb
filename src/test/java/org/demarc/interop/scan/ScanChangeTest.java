package org.demarc.interop.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A newer scan by the same tool, previewed on a project that holds the earlier one's evidence. */
class ScanChangeTest {
    @TempDir
    Path dir;

    /** The sample Security Hub export with the S3.1 failure fixed and the log bucket's encryption failing. */
    private Path newerScan() throws Exception {
        String text = Files.readString(ScanSamplesTest.sample("securityhub-findings.asff.json"), StandardCharsets.UTF_8)
                .replace("\"Status\": \"FAILED\", \"SecurityControlId\": \"S3.1\"",
                        "\"Status\": \"PASSED\", \"SecurityControlId\": \"S3.1\"")
                .replace("\"Compliance\": {\"Status\": \"PASSED\"}", "\"Compliance\": {\"Status\": \"FAILED\"}")
                .replace("2026-11-20", "2026-11-27").replace("2026-11-19", "2026-11-26");
        Path newer = dir.resolve("securityhub-2026-11-27.json");
        Files.writeString(newer, text, StandardCharsets.UTF_8);
        return newer;
    }

    /** The sample with DAT-04 (public access, failing in the first scan) answered and the first scan accepted. */
    private static Assessment withFirstScanAccepted() throws Exception {
        Assessment webshop = Samples.webshop().withAnswer("DAT-04", Answer.of(AnswerStatus.PARTIAL));
        ScanSuggestions first = ScanSuggestions.of(webshop, ScanSamplesTest.sample("securityhub-findings.asff.json"));
        Set<String> all = first.suggestions().stream().map(ControlSuggestion::controlId).collect(Collectors.toSet());
        return ScanImport.apply(webshop, first, all, "scans/securityhub.json", false, Instant.EPOCH, "tester").assessment();
    }

    private static ControlSuggestion control(ScanSuggestions s, String id) {
        return s.suggestions().stream().filter(c -> c.controlId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aFirstScanHasNothingToCompareWith() throws Exception {
        ScanSuggestions s = ScanSuggestions.of(Samples.webshop(), ScanSamplesTest.sample("securityhub-findings.asff.json"));
        assertThat(s.suggestions()).allSatisfy(c -> assertThat(c.change()).isNull());
    }

    @Test
    void theNewerScanNamesWhatIsFixedAndWhatNewlyFails() throws Exception {
        Assessment project = withFirstScanAccepted();
        ScanSuggestions newer = ScanSuggestions.of(project, newerScan());

        ScanChange publicAccess = control(newer, "DAT-04").change();
        assertThat(publicAccess.previousDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(publicAccess.failedBefore()).isEqualTo(1);
        assertThat(publicAccess.fixed()).containsExactly("AWS::::Account:111122223333 (eu-west-1)");
        assertThat(publicAccess.complete()).isTrue();

        List<ControlSuggestion> newlyFailing = newer.suggestions().stream()
                .filter(c -> c.change() != null && !c.change().newlyFailing().isEmpty()).toList();
        assertThat(newlyFailing).isNotEmpty().allSatisfy(c ->
                assertThat(c.change().newlyFailing()).containsExactly("arn:aws:s3:::example-logs (eu-west-1)"));

        List<String> preview = ScanPreviewText.lines(newer, "securityhub-2026-11-27.json");
        assertThat(preview).anySatisfy(line -> assertThat(line)
                .contains("Since the previous scan of 2026-11-20").contains("failing 1 → 0")
                .contains("fixed: AWS::::Account:111122223333 (eu-west-1)"));
        assertThat(preview).anySatisfy(line -> assertThat(line)
                .contains("newly failing: arn:aws:s3:::example-logs (eu-west-1)"));
    }

    @Test
    void importingTheSameFileAgainIsNotAChange() throws Exception {
        Assessment project = withFirstScanAccepted();
        ScanSuggestions again = ScanSuggestions.of(project, ScanSamplesTest.sample("securityhub-findings.asff.json"));
        assertThat(again.suggestions()).allSatisfy(c -> assertThat(c.change()).isNull());
    }

    @Test
    void aNewerScanWithTheSameResultsSaysNothingChanged() throws Exception {
        Assessment project = withFirstScanAccepted();
        String same = Files.readString(ScanSamplesTest.sample("securityhub-findings.asff.json"), StandardCharsets.UTF_8)
                .replace("2026-11-20", "2026-11-27");
        Path newer = Files.writeString(dir.resolve("same.json"), same, StandardCharsets.UTF_8);
        ScanSuggestions s = ScanSuggestions.of(project, newer);
        assertThat(control(s, "DAT-04").change().unchanged()).isTrue();
        assertThat(ScanPreviewText.lines(s, "same.json"))
                .anySatisfy(line -> assertThat(line).contains("No change since the previous scan of 2026-11-20"));
    }
}
