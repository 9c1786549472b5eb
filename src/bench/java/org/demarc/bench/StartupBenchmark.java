package org.demarc.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Time from launching the JVM to the first window shown, measured from the parent process, for
 * the runnable jar and for a bare JavaFX window on the same class path. Needs a display (Xvfb);
 * not part of CI.
 */
final class StartupBenchmark {
    static final int RUNS = 7;
    private static final Path CPU_TIMER = Path.of("/usr/bin/time");

    private StartupBenchmark() {
    }

    static void run(Path jar) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            System.out.println("startup skipped (no DISPLAY; run under Xvfb) -");
            return;
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The bare window gets only what it needs: JavaFX and the benchmark classes.
        String cp = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(p -> p.contains("javafx-") || p.endsWith("test-classes"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        Path prefs = Files.createTempDirectory("demarc-bench-prefs");
        List<String> demarc = List.of(javaBin, "-Djava.util.prefs.userRoot=" + prefs, "-Ddemarc.exitWhenShown=true",
                "-jar", jar.toString());
        List<String> bare = List.of(javaBin, "-cp", cp, "org.demarc.bench.BareWindow$Main");
        // Warm the OS file cache once for each before measuring.
        time(demarc);
        time(bare);
        double[] d = new double[RUNS];
        double[] ready = new double[RUNS];
        double[] b = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            double[] t = times(demarc);
            d[i] = t[0];
            ready[i] = t[1];
            b[i] = time(bare);
        }
        double dm = median(d);
        double bm = median(b);
        Path launcher = Path.of("target/jpackage/Demarc/bin/Demarc");
        if (Files.isExecutable(launcher)) {
            // The installed route: jlink runtime, JavaFX on the module path, CDS archives. The
            // launcher ignores JDK_JAVA_OPTIONS; the JVM itself reads JAVA_TOOL_OPTIONS.
            List<String> image = List.of(launcher.toAbsolutePath().toString());
            String tool = "-Ddemarc.exitWhenShown=true -Djava.util.prefs.userRoot=" + prefs;
            times(image, tool);
            double[] shown = new double[RUNS];
            double[] imageReady = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                double[] t = times(image, tool);
                shown[i] = t[0];
                imageReady[i] = t[1];
            }
            System.out.printf(Locale.ROOT, "startup.app_image %.0f ms%n", median(shown));
            System.out.printf(Locale.ROOT, "startup.app_image_ready %.0f ms%n", median(imageReady));
            System.out.printf(Locale.ROOT, "startup.app_image_ratio %.2f x%n", median(shown) / bm);
        } else {
            System.out.println("startup.app_image skipped (build it with installers/build.sh --image-only) -");
        }
        PortableStartup.run(prefs, bm);
        System.out.printf(Locale.ROOT, "startup.demarc_jar %.0f ms%n", dm);
        System.out.printf(Locale.ROOT, "startup.demarc_jar_ready %.0f ms%n", median(ready));
        System.out.printf(Locale.ROOT, "startup.bare_javafx %.0f ms%n", bm);
        System.out.printf(Locale.ROOT, "startup.ratio %.2f x%n", dm / bm);
    }

    static double time(List<String> cmd) throws Exception {
        return times(cmd)[0];
    }

    private static double[] times(List<String> cmd) throws Exception {
        return times(cmd, null);
    }

    /**
     * Milliseconds to the first window shown and to the finished window (-1 if not reported), and
     * the processor time (user + system) of the whole run until it exits (-1 without /usr/bin/time):
     * on a loaded machine the wall times grow with the load, the processor time much less.
     */
    static double[] times(List<String> cmd, String javaToolOptions) throws Exception {
        List<String> run = cmd;
        if (Files.isExecutable(CPU_TIMER)) {
            run = new java.util.ArrayList<>(List.of(CPU_TIMER.toString(), "-f", "DEMARC-CPU %U %S"));
            run.addAll(cmd);
        }
        ProcessBuilder pb = new ProcessBuilder(run).redirectErrorStream(true);
        if (javaToolOptions != null) {
            pb.environment().put("JAVA_TOOL_OPTIONS", javaToolOptions);
        }
        long t0 = System.nanoTime();
        Process p = pb.start();
        double shown = -1;
        double ready = -1;
        double cpu = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.contains("DEMARC-SHOWN") && shown < 0) {
                    shown = (System.nanoTime() - t0) / 1e6;
                }
                if (line.contains("DEMARC-READY") && ready < 0) {
                    ready = (System.nanoTime() - t0) / 1e6;
                }
                if (line.startsWith("DEMARC-CPU ")) {
                    String[] f = line.split(" ");
                    cpu = (Double.parseDouble(f[1]) + Double.parseDouble(f[2])) * 1000;
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS) || shown < 0) {
            p.destroyForcibly();
            throw new IllegalStateException("no window from " + String.join(" ", cmd));
        }
        return new double[] {shown, ready, cpu};
    }

    /** The load average over the last minute, to print with each figure measured on a shared machine. */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    static double median(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    static Path jarIn(Path target) throws Exception {
        try (var s = Files.list(target)) {
            // The newest, should an older version's jar still lie in target/.
            return s.filter(p -> p.getFileName().toString().matches("demarc-[0-9.]+\\.jar"))
                    .max(java.util.Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no runnable jar in " + target));
        }
    }
}
