package org.demarc.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Start-up of the portable edition (target/portable/, from installers/portable.sh), unpacked into
 * a fresh folder: the Linux app-image as unpacked (no class-data-sharing archive of its own) and
 * the cross-platform form through demarc.sh on this machine's Java, against a bare JavaFX window.
 * {@code main} measures these alone (with JavaFX and the bench classes on the class path).
 */
final class PortableStartup {
    private static final Path OUT = Path.of("target/portable");

    private PortableStartup() {
    }

    public static void main(String[] args) throws Exception {
        Path prefs = Files.createTempDirectory("demarc-bench-prefs");
        String cp = System.getProperty("java.class.path");
        List<String> bare = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp,
                "org.demarc.bench.BareWindow$Main");
        StartupBenchmark.time(bare);
        double[] b = new double[StartupBenchmark.RUNS];
        double[] cpu = new double[StartupBenchmark.RUNS];
        for (int i = 0; i < b.length; i++) {
            double[] t = StartupBenchmark.times(bare, null);
            b[i] = t[0];
            cpu[i] = t[2];
        }
        double bm = StartupBenchmark.median(b);
        System.out.printf(Locale.ROOT, "startup.bare_javafx %.0f ms (load %s)%n", bm, StartupBenchmark.load());
        System.out.printf(Locale.ROOT, "startup.bare_javafx_cpu %.0f ms%n", StartupBenchmark.median(cpu));
        run(prefs, bm);
    }

    static void run(Path prefs, double bareMs) throws Exception {
        Path image = archive("linux-x64.tar.gz");
        Path form = archive("portable.zip");
        if (image == null || form == null) {
            System.out.println("startup.portable skipped (build it with installers/portable.sh) -");
            return;
        }
        Path dir = Files.createTempDirectory("demarc bench portable");
        unpack(List.of("tar", "-xzf", image.toString(), "-C", dir.resolve("image").toString()), dir.resolve("image"));
        unpack(List.of("unzip", "-q", form.toString(), "-d", dir.resolve("form").toString()), dir.resolve("form"));
        String tool = "-Ddemarc.exitWhenShown=true -Djava.util.prefs.userRoot=" + prefs;
        measure("portable_app_image", only(dir.resolve("image")).resolve("bin/Demarc"), tool, bareMs);
        measure("portable_java17", only(dir.resolve("form")).resolve("demarc.sh"), tool, bareMs);
    }

    private static void measure(String name, Path launcher, String tool, double bareMs) throws Exception {
        List<String> cmd = List.of(launcher.toString());
        StartupBenchmark.times(cmd, tool);
        double[] shown = new double[StartupBenchmark.RUNS];
        double[] ready = new double[StartupBenchmark.RUNS];
        double[] cpu = new double[StartupBenchmark.RUNS];
        for (int i = 0; i < shown.length; i++) {
            double[] t = StartupBenchmark.times(cmd, tool);
            shown[i] = t[0];
            ready[i] = t[1];
            cpu[i] = t[2];
        }
        double median = StartupBenchmark.median(shown);
        System.out.printf(Locale.ROOT, "startup.%s %.0f ms (load %s)%n", name, median, StartupBenchmark.load());
        System.out.printf(Locale.ROOT, "startup.%s_cpu %.0f ms%n", name, StartupBenchmark.median(cpu));
        System.out.printf(Locale.ROOT, "startup.%s_ready %.0f ms%n", name, StartupBenchmark.median(ready));
        System.out.printf(Locale.ROOT, "startup.%s_ratio %.2f x%n", name, median / bareMs);
    }

    private static void unpack(List<String> cmd, Path into) throws Exception {
        Files.createDirectories(into);
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("could not unpack: " + String.join(" ", cmd));
        }
    }

    /** The one folder an archive unpacks to, demarc-VERSION. */
    private static Path only(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findFirst().orElseThrow();
        }
    }

    private static Path archive(String suffix) throws Exception {
        if (!Files.isDirectory(OUT)) {
            return null;
        }
        try (Stream<Path> s = Files.list(OUT)) {
            return s.filter(p -> p.getFileName().toString().endsWith("-" + suffix)).findFirst().orElse(null);
        }
    }
}
