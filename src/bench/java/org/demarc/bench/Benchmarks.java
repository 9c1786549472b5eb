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

    /** {@code ui}, {@code matrix}, {@code three-providers}, {@code scan} or {@code portfolio} as the only argument runs those figures alone (quicker while working on them). */
    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("ui")) {
            UiStallBenchmark.run();
            return;
        }
        if (args.length == 1 && args[0].equals("matrix")) {
            UiStallBenchmark.runMatrix();
            return;
        }
        if (args.length == 1 && args[0].equals("three-providers")) {
            threeProviders();
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
        projectFigures("", "large_fixture", large);
        print("matrix", median(() -> ResponsibilityEngine.matrix(large.catalog(), large.scope())), "ms");
        retainedHeap(large);
        reportFigures("", large, WARMUP, RUNS);
        threeProviders();
        ScanBenchmark.run();
        PortfolioBenchmark.run();

        UiStallBenchmark.run();
        StartupBenchmark.run(StartupBenchmark.jarIn(Path.of("target")));
    }

    /**
     * The file figures of {@code a} (its size, load, save, both, serialising, fingerprint), each
     * name after {@code prefix}; {@code fixture} names its size and counts.
     */
    private static void projectFigures(String prefix, String fixture, Assessment a) throws Exception {
        Path dir = Files.createTempDirectory("demarc-bench");
        Path file = dir.resolve(fixture + ".demarc");
        ProjectFiles files = new ProjectFiles();
        files.save(a, file);
        print(prefix + fixture + ".size", Files.size(file), "bytes");
        print(prefix + fixture + ".services", a.scope().size(), "count");
        print(prefix + fixture + ".answers", a.answers().size(), "count");
        print(prefix + "project.load", median(() -> files.open(file)), "ms");
        print(prefix + "project.save", median(() -> files.save(a, file)), "ms");
        print(prefix + "project.load_plus_save", median(() -> files.save(files.open(file).value(), file)), "ms");
        print(prefix + "project.serialize", median(() -> ProjectWriter.toBytes(a)), "ms");
        print(prefix + "fingerprint", median(() -> ContentFingerprint.of(a)), "ms");
        deleteAll(dir);
    }

    /** The heap an opened copy of {@code large} keeps. */
    private static void retainedHeap(Assessment large) throws Exception {
        Path dir = Files.createTempDirectory("demarc-bench");
        Path file = dir.resolve("large.demarc");
        ProjectFiles files = new ProjectFiles();
        files.save(large, file);
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
        deleteAll(dir);
    }

    private static void deleteAll(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    /** Every service of aws, azure and gcp in one assessment, every control answered: file and report figures. */
    private static void threeProviders() throws Exception {
        Assessment all = LargeFixture.threeProviders();
        projectFigures("three_providers.", "fixture", all);
        print("three_providers.matrix", median(() -> ResponsibilityEngine.matrix(all.catalog(), all.scope())), "ms");
        // A few runs: each export of this one takes seconds. The JIT compiler is still busy on the
        // second and third export, so the warm figures start after four.
        reportFigures("three_providers.", all, 4, 5);
    }

    /**
     * The PDF report of {@code a}: pages, bytes; the first export in this JVM (cold: classes loading,
     * code not yet compiled) and the median of {@code runs} exports after {@code warmup} (warm). Each
     * time is given as wall time, processor time of the whole process (collector and JIT compiler
     * threads included; {@code _cpu}) and of the exporting thread alone ({@code _thread_cpu}), with
     * the collector's pauses, the bytes the export allocated and the machine's load average.
     */
    private static void reportFigures(String prefix, Assessment a, int warmup, int runs) throws Exception {
        ReportExporter exporter = new ReportExporter();
        Work export = () -> exporter.render(a, ReportOptions.defaults(), ProgressListener.NONE, () -> false);
        byte[][] pdf = new byte[1][];
        ExportCost first = ExportCost.of(() -> pdf[0] = (byte[]) export.run());
        try (PDDocument doc = Loader.loadPDF(pdf[0])) {
            print(prefix + "report.pages", doc.getNumberOfPages(), "count");
        }
        print(prefix + "report.bytes", pdf[0].length, "bytes");
        costFigures(prefix + "report.first_export", first);
        for (int i = 0; i < warmup; i++) {
            export.run();
        }
        ExportCost[] warm = new ExportCost[runs];
        for (int i = 0; i < runs; i++) {
            warm[i] = ExportCost.of(export);
        }
        costFigures(prefix + "report.export", ExportCost.median(warm));
        print(prefix + "report.load_average", ExportCost.loadAverage(), "");
    }

    private static void costFigures(String name, ExportCost cost) {
        print(name, cost.wallSeconds(), "s");
        print(name + "_cpu", cost.processCpuSeconds(), "s");
        print(name + "_thread_cpu", cost.threadCpuSeconds(), "s");
        print(name + "_gc_pause", cost.gcPauseSeconds(), "s");
        print(name + "_allocated", cost.allocatedMegabytes(), "MB");
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
        return median(work, WARMUP, RUNS);
    }

    private static double median(Work work, int warmup, int runs) throws Exception {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    private static void print(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "%s %.2f %s", name, value, unit).strip());
    }

    private static void print(String name, long value, String unit) {
        System.out.println(name + " " + value + " " + unit);
    }
}
