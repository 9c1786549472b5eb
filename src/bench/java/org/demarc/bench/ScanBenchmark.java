package org.demarc.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.demarc.interop.scan.ScanSuggestions;
import org.demarc.model.Assessment;
import org.demarc.project.Samples;

/**
 * Scan import figures: a 50,000-row Prowler CSV and a 50,000-finding OCSF file, generated here from
 * Prowler's example outputs (each finding repeated with its own resource id), read and mapped onto
 * the sample project. Rows per second, the file size, the peak heap and the process's peak resident size.
 */
final class ScanBenchmark {
    static final int FINDINGS = 50_000;
    private static final int RUNS = 3;

    private ScanBenchmark() {
    }

    static void run() throws Exception {
        Assessment webshop = Samples.webshop();
        Path dir = Files.createTempDirectory("demarc-scan-bench");
        try {
            figures("scan.prowler_csv", webshop, csv(dir.resolve("large.csv")));
            figures("scan.ocsf_json", webshop, ocsf(dir.resolve("large.ocsf.json")));
        } finally {
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
        print("scan.peak_rss", peakRssKiB() / 1024, "MiB");
    }

    private static void figures(String name, Assessment a, Path file) throws Exception {
        ScanSuggestions.of(a, file);
        resetPeaks();
        double best = Double.MAX_VALUE;
        long findings = 0;
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            ScanSuggestions s = ScanSuggestions.of(a, file);
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
            findings = s.read().findings();
        }
        print(name + ".bytes", Files.size(file) / (1024.0 * 1024.0), "MiB");
        print(name + ".findings", findings, "count");
        print(name + ".seconds", best, "s");
        print(name + ".rows_per_second", findings / best, "rows/s");
        print(name + ".peak_heap", peakHeap() / (1024.0 * 1024.0), "MiB");
    }

    /** The sample's data rows, repeated with a numbered resource id until there are {@link #FINDINGS}. */
    private static Path csv(Path file) throws IOException {
        List<String> lines = new String(sample("example_output_aws.csv"), StandardCharsets.UTF_8).lines().toList();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(lines.get(0));
            w.write('\n');
            for (int i = 0; i < FINDINGS; i++) {
                w.write(lines.get(1 + i % (lines.size() - 1)).replace("<resource_uid>", "arn:aws:s3:::bucket-" + i));
                w.write('\n');
            }
        }
        return file;
    }

    /** The sample's findings (one JSON object each), repeated the same way inside one list. */
    private static Path ocsf(Path file) throws IOException {
        String text = new String(sample("example_output_aws.ocsf.json"), StandardCharsets.UTF_8).strip();
        String body = text.substring(1, text.length() - 1).strip();
        List<String> findings = split(body);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("[\n");
            for (int i = 0; i < FINDINGS; i++) {
                w.write(i == 0 ? "" : ",\n");
                w.write(findings.get(i % findings.size()).replace("<resource_uid>", "arn:aws:s3:::bucket-" + i));
            }
            w.write("\n]\n");
        }
        return file;
    }

    /** Top-level objects of a JSON list body, by brace depth (the sample has no braces inside texts). */
    private static List<String> split(String body) {
        List<String> out = new java.util.ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '{' && depth++ == 0) {
                start = i;
            } else if (c == '}' && --depth == 0) {
                out.add(body.substring(start, i + 1));
            }
        }
        return out;
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = ScanBenchmark.class.getResourceAsStream("/org/demarc/interop/scan/" + name)) {
            return in.readAllBytes();
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** VmHWM of /proc/self/status on Linux; 0 elsewhere. */
    private static long peakRssKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static void print(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "%s %.2f %s", name, value, unit));
    }

    private static void print(String name, long value, String unit) {
        System.out.println(name + " " + value + " " + unit);
    }
}
