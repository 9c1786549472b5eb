package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, started as users start it: commands work without a display and never load
 * the JavaFX toolkit.
 */
class RunnableJarIT {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        int code = pb.start().waitFor();
        return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String jar() {
        return System.getProperty("demarc.jar");
    }

    @Test
    void validateRunsWithoutADisplayAndWithoutJavaFx() throws Exception {
        Path sample = Files.write(dir.resolve("webshop.demarc"), Samples.webshopBytes());
        Run r = java("-verbose:class", "-jar", jar(), "validate", sample.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("valid project 'Web shop shared-responsibility review'");
        // -verbose:class lists every class loaded: none may come from JavaFX.
        assertThat(r.out().lines().filter(l -> l.contains("javafx.") || l.contains("com.sun.glass"))).isEmpty();
    }

    @Test
    void matrixAndCatalogListWorkFromTheJar() throws Exception {
        Path sample = Files.write(dir.resolve("webshop.demarc"), Samples.webshopBytes());
        Run matrix = java("-jar", jar(), "matrix", sample.toString(), "--format", "csv");
        assertThat(matrix.code()).isEqualTo(0);
        assertThat(matrix.out()).startsWith("control,title,domain,class,aws.ec2");
        Run list = java("-jar", jar(), "catalog", "list", "--services");
        assertThat(list.code()).isEqualTo(0);
        assertThat(list.out()).contains("aws.s3\tAmazon S3\tABSTRACTED");
    }

    @Test
    void aBadArgumentIsAUsageErrorWithoutStartingTheGui() throws Exception {
        Run r = java("-jar", jar(), "--no-such-option");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--no-such-option").contains("Usage: demarc");
    }

    @Test
    void exportSignAndVerifyWorkFromTheJar() throws Exception {
        // Korean, Arabic and Chinese exercise the shipped fonts and the ICU4J data left in the jar.
        var sample = Samples.webshop();
        var project = dir.resolve("webshop.demarc");
        new org.demarc.project.ProjectFiles().save(sample.withAnswer("NET-01", sample.answers().get("NET-01")
                .withFinding("클라우드 공동 책임 · مسؤولية العميل · 云服务共享责任 · 🔐")), project);
        Path keyStore = org.demarc.report.TestKeysAccess.keyStore(dir);
        Path password = Files.writeString(dir.resolve("password.txt"), org.demarc.report.TestKeysAccess.password());
        Path pdf = dir.resolve("report.pdf");
        Run export = java("-jar", jar(), "export", project.toString(), "-o", pdf.toString(), "--sign",
                keyStore.toString(), "--password-file", password.toString());
        assertThat(export.code()).as(export.err()).isEqualTo(0);
        Run verify = java("-jar", jar(), "verify", pdf.toString(), "--project", project.toString());
        assertThat(verify.code()).as(verify.out() + verify.err()).isEqualTo(0);
        assertThat(verify.out()).contains("Signature intact", "Fingerprint matches");
    }

    @Test
    void versionComesFromTheManifest() throws Exception {
        Run r = java("-jar", jar(), "--version");
        assertThat(r.out().strip()).matches("Demarc \\d+\\.\\d+\\.\\d+");
    }

    @Test
    void exportingFromTheJarPrintsNoLibraryLoggingNoise() throws Exception {
        Path sample = Files.write(dir.resolve("webshop.demarc"), Samples.webshopBytes());
        Run r = java("-jar", jar(), "export", sample.toString(), "-o", dir.resolve("r.pdf").toString(),
                "--previous", sample.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("Log4j").doesNotContain("ERROR");
    }
}
