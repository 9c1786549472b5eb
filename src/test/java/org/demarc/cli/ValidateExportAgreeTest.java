package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.demarc.project.Samples;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * validate and export agree: a file validate accepts exports, and one export could not render (an
 * extreme but valid time, a sign-off by nobody) fails validate too, with the same located message,
 * exit code 1, never an internal error.
 */
class ValidateExportAgreeTest {
    @TempDir
    Path dir;

    private static String sample() {
        return new String(Samples.webshopBytes(), StandardCharsets.UTF_8);
    }

    static Stream<Arguments> files() {
        String s = sample();
        return Stream.of(
                Arguments.of("history in the year 1,000,000,000",
                        s.replaceFirst("\"at\": \"2026-11-09T08:30:00Z\"", "\"at\": \"+1000000000-12-31T23:59:59Z\""),
                        "/history/", "'+1000000000-12-31T23:59:59Z' is outside the years 1900 to 9999"),
                Arguments.of("a due date in the year 999,999,999",
                        s.replaceFirst("\"dueDate\": \"[0-9-]+\"", "\"dueDate\": \"+999999999-12-31\""),
                        "/dueDate", "'+999999999-12-31' is outside the years 1900 to 9999"),
                Arguments.of("a due date in the year 1899",
                        s.replaceFirst("\"dueDate\": \"[0-9-]+\"", "\"dueDate\": \"1899-12-31\""),
                        "/dueDate", "'1899-12-31' is outside the years 1900 to 9999"),
                Arguments.of("a sign-off by nobody", s.replaceFirst("\"signOff\": null",
                                "\"signOff\": {\"fingerprint\": \"" + "0".repeat(64)
                                        + "\", \"lockedAt\": \"2026-11-20T15:00:00Z\", \"signatories\": []}"),
                        "/signOff/signatories", "the sign-off names no signatory"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void validateAndExportRefuseTheSameFileWithTheSameLocatedMessage(String name, String content, String where,
                                                                       String what) throws Exception {
        assertThat(content).as("the sample was changed").isNotEqualTo(sample());
        Path file = Files.writeString(dir.resolve("extreme.demarc"), content);
        CliRunner validate = CliRunner.run("validate", file.toString());
        assertThat(validate.exitCode()).as(validate.err() + validate.out()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(validate.err() + validate.out()).contains(where).contains(what);

        Path pdf = dir.resolve("report.pdf");
        CliRunner export = CliRunner.run("export", file.toString(), "-o", pdf.toString());
        assertThat(export.exitCode()).as(export.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(export.err()).contains(where).contains(what).doesNotContain("DateTimeException");
        assertThat(pdf).doesNotExist();
    }
}
