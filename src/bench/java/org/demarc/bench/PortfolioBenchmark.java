package org.demarc.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.demarc.model.Assessment;
import org.demarc.project.ProjectWriter;
import org.demarc.project.Samples;
import org.demarc.project.portfolio.Portfolio;
import org.demarc.project.portfolio.PortfolioScan;

/**
 * The portfolio of 1,000 assessments (the sample with its own client each, in 20 folders), generated
 * here into a temporary folder: seconds for a first and a repeated scan. The goal is at most 15 s.
 */
final class PortfolioBenchmark {
    static final int FILES = 1_000;

    private PortfolioBenchmark() {
    }

    /** Processor time of this JVM, all threads (garbage collection included). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static void run() throws Exception {
        Path dir = Files.createTempDirectory("demarc-portfolio-bench");
        try {
            Assessment sample = Samples.webshop();
            for (int i = 0; i < FILES; i++) {
                Path folder = Files.createDirectories(dir.resolve("client-" + (i % 20)));
                Assessment a = sample.withEngagement(sample.engagement().withClient("Client " + i));
                Files.write(folder.resolve("assessment-" + i + ".demarc"), ProjectWriter.toBytes(a));
            }
            PortfolioScan scan = new PortfolioScan(Clock.systemUTC());
            long t = System.nanoTime();
            long cpu = cpuNanos();
            Portfolio p = scan.scan(dir);
            double first = (System.nanoTime() - t) / 1e9;
            double firstCpu = (cpuNanos() - cpu) / 1e9;
            if (p.entries().size() != FILES || p.broken() != 0) {
                throw new IllegalStateException("read " + p.entries().size() + ", broken " + p.broken());
            }
            t = System.nanoTime();
            cpu = cpuNanos();
            scan.scan(dir);
            double second = (System.nanoTime() - t) / 1e9;
            double secondCpu = (cpuNanos() - cpu) / 1e9;
            System.out.println("portfolio.files " + FILES + " count");
            System.out.println(String.format(Locale.ROOT, "portfolio.first_scan %.2f s", first));
            System.out.println(String.format(Locale.ROOT, "portfolio.repeat_scan %.2f s", second));
            // On a shared machine the wall time depends on the other load; the processor time does not.
            System.out.println(String.format(Locale.ROOT, "portfolio.first_scan_cpu %.2f s", firstCpu));
            System.out.println(String.format(Locale.ROOT, "portfolio.repeat_scan_cpu %.2f s", secondCpu));
            System.out.println(String.format(Locale.ROOT, "portfolio.load_average %.1f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
