package org.demarc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.demarc.LaunchRoute.Kind;
import org.demarc.cli.ExitCodes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first word decides the door: a command, the GUI with a file, or an unknown command said so. */
class LaunchRouteTest {
    @TempDir
    Path dir;

    private static LaunchRoute route(Set<String> existing, String... args) {
        return LaunchRoute.of(List.of(args), p -> existing.contains(p.toString()));
    }

    @Test
    void aTypoIsAnUnknownCommandNotAFileTheGuiFailsToOpen() {
        assertThat(route(Set.of(), "valdate", "x.demarc").kind()).isEqualTo(Kind.UNKNOWN_COMMAND);
        assertThat(route(Set.of(), "exprot").kind()).isEqualTo(Kind.UNKNOWN_COMMAND);
        assertThat(route(Set.of(), "validate", "x.demarc").kind()).isEqualTo(Kind.COMMAND);
        assertThat(route(Set.of(), "--bogus").kind()).as("picocli names the option").isEqualTo(Kind.COMMAND);
    }

    @Test
    void filesAndTheSampleOpenTheGui() {
        assertThat(route(Set.of()).kind()).isEqualTo(Kind.GUI);
        assertThat(route(Set.of(), "--sample").kind()).isEqualTo(Kind.GUI);
        assertThat(route(Set.of(), "webshop.demarc").args()).containsExactly("webshop.demarc");
        assertThat(route(Set.of(), "webshop.demarcz").kind()).as("a bundle, even one not there yet")
                .isEqualTo(Kind.GUI);
        assertThat(route(Set.of("notes"), "notes").args()).containsExactly("notes");
    }

    @Test
    void aFileNamedLikeAnOptionIsAFileWhenItExistsOrAfterTheDoubleDash() {
        LaunchRoute existing = route(Set.of("-h.demarc"), "-h.demarc");
        assertThat(existing.kind()).isEqualTo(Kind.GUI);
        assertThat(existing.args()).singleElement().satisfies(a -> {
            assertThat(a).doesNotStartWith("-").endsWith("-h.demarc");
            assertThat(Path.of(a)).isAbsolute();
        });
        LaunchRoute dashed = route(Set.of(), "--", "--sample");
        assertThat(dashed.kind()).isEqualTo(Kind.GUI);
        assertThat(dashed.args()).singleElement().satisfies(a -> assertThat(a).endsWith("--sample")
                .doesNotStartWith("-"));
        assertThat(route(Set.of("-h"), "-h").kind()).as("-h stays help").isEqualTo(Kind.COMMAND);
    }

    @Test
    void anUnknownCommandPrintsOneLineAndTheUsage() {
        java.io.StringWriter err = new java.io.StringWriter();
        int code = org.demarc.cli.DemarcCommand.unknownCommand("typo", new java.io.PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().lines()).containsExactly("Unknown command 'typo' (and no file of that name)",
                "Usage: demarc [FILE | --sample | COMMAND ...]; the commands: new, validate, matrix, compare-providers, catalog, export, "
                        + "handout, verify, sign, questionnaire, findings, diff, carry-forward, merge, oscal, scan, portfolio, bundle, unbundle; see demarc --help");
    }

    @Test
    @Tag("slow")
    void withoutADisplayTheGuiSaysSoInOneLineAndATypoNeverStartsIt() throws Exception {
        Path project = Files.write(dir.resolve("webshop.demarc"), org.demarc.project.Samples.webshopBytes());
        Child gui = child(project.toString());
        assertThat(gui.code).isEqualTo(ExitCodes.USAGE);
        assertThat(gui.err.strip()).isEqualTo("Demarc's window needs a display, and none is set (DISPLAY is empty). "
                + "Run it on a desktop, or use a command: demarc --help");
        Child typo = child("valdiate", project.toString());
        assertThat(typo.code).isEqualTo(ExitCodes.USAGE);
        assertThat(typo.err).startsWith("Unknown command 'valdiate'").doesNotContain("Exception").doesNotContain("\tat ");
    }

    private record Child(int code, String err) {
    }

    private Child child(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"), "-cp", System.getProperty("java.class.path"),
                "org.demarc.Launcher"));
        cmd.addAll(List.of(args));
        Path err = dir.resolve("err-" + System.nanoTime() + ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(File.createTempFile("out", ".txt", dir.toFile()))
                .redirectError(err.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Child(p.exitValue(), Files.readString(err));
    }
}
