package org.demarc.interop.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile scans: refused with where and why, bounded in what they make the reader hold. */
class HostileScanTest {
    @TempDir
    Path dir;

    private List<Problem> refused(String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        try {
            ScanReader.read(file, f -> { });
        } catch (InvalidFileException e) {
            return e.problems();
        }
        throw new AssertionError("not refused: " + name);
    }

    @Test
    void aFileOfNoKnownFormatSaysWhichFormatsAreRead() throws IOException {
        assertThat(refused("notes.txt", "hello world\n").get(0).text()).contains("Prowler CSV", "OCSF", "ASFF");
    }

    @Test
    void csvProblemsNameTheLineAndTheColumn() throws Exception {
        assertThat(refused("no-status.csv", "CHECK_ID;SEVERITY;STATUSX\nx;low;PASS\n").get(0).describe())
                .contains("line 1").contains("STATUS");
        assertThat(refused("open.csv", "CHECK_ID;STATUS\nx;PASS\n\"y;FAIL\n").get(0).describe())
                .contains("line 3").contains("never closed");
        Path skipped = Files.writeString(dir.resolve("skip.csv"), "CHECK_ID;STATUS\nx;PASS\ny;MAYBE\n;FAIL\n");
        List<ScanFinding> taken = new ArrayList<>();
        ScanRead read = ScanReader.read(skipped, taken::add);
        assertThat(taken).extracting(ScanFinding::checkId).containsExactly("x");
        assertThat(read.warnings()).extracting(Problem::location)
                .containsExactly("line 3, column 'STATUS'", "line 4, column 'CHECK_ID'");
    }

    @Test
    void aHugeCellOrRecordIsRefusedNotHeld() throws Exception {
        String big = "a".repeat(ScanLimits.MAX_TEXT_CHARS + 1);
        assertThat(refused("big.csv", "CHECK_ID;STATUS;DESCRIPTION\nx;PASS;" + big + "\n").get(0).describe())
                .contains("line 2");
        assertThat(refused("wide.csv", "CHECK_ID;STATUS\n" + ";".repeat(ScanLimits.MAX_CSV_COLUMNS + 1) + "\n")
                .get(0).text()).contains("columns");
    }

    @Test
    void jsonProblemsNameTheFindingOrTheLine() throws Exception {
        assertThat(refused("deep.json", "[" + "[".repeat(100) + "]".repeat(100) + "]").get(0).text())
                .contains("finding 1");
        StringBuilder wide = new StringBuilder("[{\"metadata\": {\"event_code\": \"x\"}, \"status_code\": \"PASS\", \"a\": [");
        for (int i = 0; i < ScanLimits.MAX_FINDING_TOKENS + 10; i++) {
            wide.append(i == 0 ? "" : ",").append('1');
        }
        wide.append("]}]");
        assertThat(refused("wide.json", wide.toString()).get(0).text()).contains("finding 1", "values");
        assertThat(refused("asff.json", "{\"NextToken\": \"x\"}").get(0).text()).contains("Findings");
        assertThat(refused("trail.json", "[] []").get(0).text()).contains("more after");
        assertThat(refused("syntax.json", "[{\"a\": tru}]").get(0).describe()).contains("line 1");
        Path skipped = Files.writeString(dir.resolve("skip.json"),
                "[{\"metadata\": {\"event_code\": \"x\"}, \"status_code\": \"\u202eLIAF\"}]");
        ScanRead read = ScanReader.read(skipped, f -> { });
        assertThat(read.warnings()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("finding 1, 'status_code'");
            assertThat(p.describe()).contains("\\u202e").doesNotContain("\u202e");
        });
    }

    @Test
    void manyFindingsStreamThroughWithoutBeingKept() throws Exception {
        Path file = dir.resolve("many.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("PROVIDER;CHECK_ID;STATUS;SEVERITY;SERVICE_NAME;RESOURCE_UID;REGION\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 20_000; i++) {
                out.write(("aws;check_" + (i % 50) + ";FAIL;high;s3;arn:aws:s3:::bucket-" + i + ";eu-west-1\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        ScanSuggestions s = ScanSuggestions.of(org.demarc.project.Samples.webshop(), file);
        assertThat(s.read().findings()).isEqualTo(20_000);
        assertThat(s.suggestions()).singleElement().satisfies(c -> {
            assertThat(c.controlId()).isEqualTo("DAT-04");
            assertThat(c.failed()).isEqualTo(20_000);
            assertThat(c.failingResources()).hasSize(ScanLimits.MAX_RESOURCES_KEPT);
            assertThat(c.checks()).hasSize(50);
        });
    }

    @Test
    void aFileThatIsNoRegularFileIsRefused() {
        assertThatThrownBy(() -> ScanReader.read(dir, f -> { })).isInstanceOf(InvalidFileException.class);
    }
}
