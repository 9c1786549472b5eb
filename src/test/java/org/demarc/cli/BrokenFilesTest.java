package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.demarc.project.Samples;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken files get one clear line (no stack trace), exit code 1, and stay byte-for-byte unchanged,
 * whichever command reads them.
 */
class BrokenFilesTest {
    @TempDir
    static Path dir;

    private static String sample() {
        return new String(Samples.webshopBytes(), StandardCharsets.UTF_8);
    }

    static Stream<Arguments> brokenFiles() {
        byte[] s = Samples.webshopBytes();
        String nested = "[".repeat(200) + "]".repeat(200);
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        byte[] head = "{\"format\": \"demarc-assessment\", \"schemaVersion\": 1, \"x\": \"".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, huge, 0, head.length);
        return Stream.of(
                Arguments.of("truncated", Arrays.copyOf(s, s.length / 2), "line ", "not valid JSON"),
                Arguments.of("mistyped", sample().replaceFirst("\"flagged\": false", "\"flagged\": \"no\"")
                        .getBytes(StandardCharsets.UTF_8), "/flagged", "expected true or false but found text"),
                Arguments.of("newer version", sample().replaceFirst("\"schemaVersion\": 1", "\"schemaVersion\": 99")
                        .getBytes(StandardCharsets.UTF_8), "/schemaVersion", "schema version 99 was written by a newer Demarc"),
                Arguments.of("50 MB", huge, "error at /", "files larger than 20971520 bytes are not opened"),
                Arguments.of("deeply nested", sample().replaceFirst("\"comment\": \"[^\"]*\"", "\"comment\": " + nested)
                        .getBytes(StandardCharsets.UTF_8), "line ", "nested more than 64 levels deep"),
                Arguments.of("not JSON at all", "PK\u0003\u0004 this is a zip".getBytes(StandardCharsets.ISO_8859_1),
                        "line 1", "not valid JSON"),
                Arguments.of("empty", new byte[0], "error at /", "the file is empty"),
                Arguments.of("a catalog with a dangling reference", new String(
                                org.demarc.fixtures.MiniFixtures.miniCatalogBytes(), StandardCharsets.UTF_8)
                        .replace("\"control\": \"OPS-02\"", "\"control\": \"OPS-77\"").getBytes(StandardCharsets.UTF_8),
                        "/services/1/overrides/0/control", "overrides control 'OPS-77'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileGetsOneClearLineAndIsNotModified(String name, byte[] content, String where, String what)
            throws Exception {
        Path file = Files.write(dir.resolve(name.replace(' ', '-') + ".demarc"), content);
        for (String[] args : new String[][] {{"validate", file.toString()}, {"matrix", file.toString()}}) {
            if (name.startsWith("a catalog") && args[0].equals("matrix")) {
                continue;
            }
            CliRunner r = CliRunner.run(args);
            assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(r.err().lines()).as(r.err()).singleElement().satisfies(line -> {
                assertThat(line).startsWith(file.toString() + ": error at ");
                assertThat(line).contains(where).contains(what);
                assertThat(line.length()).isLessThan(400);
            });
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(r.out()).isEmpty();
            assertThat(Files.readAllBytes(file)).isEqualTo(content);
        }
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".bak") || n.endsWith(".tmp"));
        }
    }
}
