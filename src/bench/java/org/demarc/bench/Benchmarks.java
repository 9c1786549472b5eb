package org.demarc.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.fixtures.LargeFixture;
import org.demarc.model.Assessment;
import org.demarc.assessment.ContentFingerprint;
import org.demarc.project.ProjectFiles;
import org.demarc.project.ProjectWriter;
import org.demarc.report.ProgressListener;
import org.demarc.report.ReportExporter;
import org.demarc.report.ReportOptions;

/**
 * The benchmark command ({@code ./mvnw -q -Pbench verify}): one line per figure, "name value unit".
 * Each figure is the median of repeated runs after a warm-up, in this JVM.
 */
public final class Benchmarks {
    private static final int WARMUP = 15;
    private static final int RUNS = 25;

    private Benchmarks() {
    }

    /** {@code ui}, {@code scan} or {@code portfolio} as the only argument runs those figures alone (quicker while working on them). */
    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("ui")) {
            UiStallBenchmark.run();
            return;
        }
        if (args.length == 1 && args[0].equals("scan")) {
            ScanBenchmark.run();
            return;
        }
        if (args.length == 1 && args[0].equals("portfolio")) {
            PortfolioBenchmark.run();
            return;
        }
        Assessment large = LargeFixture.create();
        Path dir = Files.createTempDirectory("demarc-bench");
        Path file = dir.resolve("large.demarc");
        ProjectFiles files = new ProjectFiles();
        files.save(large, file);
        print("large_fixture.size", Files.size(file), "bytes");
        print("large_fixture.services", large.scope().size(), "count");
        print("large_fixture.answers", large.answers().size(), "count");

        print("project.load", median(() -> files.open(file)), "ms");
        print("project.save", median(() -> files.save(large, file)), "ms");
        print("project.load_plus_save", median(() -> files.save(files.open(file).value(), file)), "ms");
        print("project.serialize", median(() -> ProjectWriter.toBytes(large)), "ms");
        print("fingerprint", median(() -> ContentFingerprint.of(large)), "ms");
        print("matrix", median(() -> ResponsibilityEngine.matrix(large.catalog(), large.scope())), "ms");

        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        Assessment loaded = files.open(file).value();
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        print("project.retained_heap", Math.max(0, after - before) / 1024, "KiB");
        if (loaded.answers().isEmpty()) {
            throw new IllegalStateException("nothing loaded");
        }
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);

        reportFigures(large);
        ScanBenchmark.run();
        PortfolioBenchmark.run();

        UiStallBenchmark.run();
        StartupBenchmark.run(StartupBenchmark.jarIn(Path.of("target")));
    }

    /** The PDF report of the large fixture: pages, bytes, and the median export time in seconds. */
    private static void reportFigures(Assessment large) throws Exception {
        ReportExporter exporter = new ReportExporter();
        byte[] pdf = exporter.render(large, ReportOptions.defaults(), ProgressListener.NONE, () -> false);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            print("report.pages", doc.getNumberOfPages(), "count");
        }
        print("report.bytes", pdf.length, "bytes");
        double ms = median(() -> exporter.render(large, ReportOptions.defaults(), ProgressListener.NONE, () -> false));
        print("report.export", ms / 1000, "s");
    }

    interface Work {
        Object run() throws Exception;
    }

    interface VoidWork {
        void run() throws Exception;
    }

    private static double median(VoidWork work) throws Exception {
        return median((Work) () -> {
            work.run();
            return null;
        });
    }

    private static double median(Work work) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            work.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    private static void print(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "%s %.2f %s", name, value, unit));
    }

    private static void print(String name, long value, String unit) {
        System.out.println(name + " " + value + " " + unit);
    }
}
