package org.demarc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launch route users take ({@code ./mvnw javafx:run}, later the installed image): JavaFX on the
 * module path, where ControlsFX reaches JavaFX internals and needs the exports that class-path
 * tests never show. Runs headless (Monocle patched into javafx.graphics) and visits every step.
 */
class LaunchRouteIT {
    @TempDir
    Path dir;

    @Test
    void everyStepShowsWithJavaFxOnTheModulePath() throws Exception {
        List<String> runtime = Arrays.asList(Files.readString(Path.of(System.getProperty("demarc.runtimeClasspath")))
                .strip().split(File.pathSeparator));
        List<String> modules = runtime.stream().filter(p -> Path.of(p).getFileName().toString().startsWith("javafx-")).toList();
        List<String> classPath = new ArrayList<>(runtime.stream().filter(p -> !modules.contains(p)).toList());
        classPath.add(0, System.getProperty("demarc.thinJar"));
        String monocle = Files.readString(Path.of(System.getProperty("demarc.monoclePath"))).strip();
        assertThat(modules).anySatisfy(m -> assertThat(m).contains("javafx-controls"));

        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", String.join(File.pathSeparator, modules),
                "--add-modules", "javafx.controls",
                "--patch-module", "javafx.graphics=" + monocle,
                "@" + System.getProperty("demarc.moduleOptions"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"),
                "-Ddemarc.smokeTest=true",
                "-cp", String.join(File.pathSeparator, classPath),
                "org.demarc.Launcher", "--sample"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        Process p = pb.start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("the program ends by itself").isTrue();
        String out = Files.readString(dir.resolve("out.txt"));
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(err).doesNotContain("IllegalAccessError").doesNotContain("Exception");
        assertThat(out).contains("DEMARC-SMOKE-OK steps=8");
        assertThat(p.exitValue()).isZero();
    }
}
