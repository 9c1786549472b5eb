package org.demarc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;

import org.demarc.interop.findings.FindingsExport;
import org.demarc.interop.portfolio.PortfolioExport;
import org.demarc.project.portfolio.PortfolioTable;
import org.demarc.io.AtomicFileWriter;
import org.demarc.io.OutputRule;
import org.demarc.model.Messages;
import org.demarc.project.portfolio.Portfolio;
import org.demarc.project.portfolio.PortfolioScan;
import org.demarc.report.PortfolioPdf;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code demarc portfolio DIR [-o F.csv|F.xlsx|F.pdf] [--today DATE]}: one line per assessment under DIR. */
@Command(name = "portfolio", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli")
final class PortfolioCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "portfolio.dir")
    Path dir;

    @Option(names = {"-o", "--output"}, paramLabel = "F.csv|F.xlsx|F.pdf", descriptionKey = "portfolio.output")
    Path output;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", descriptionKey = "portfolio.today")
    LocalDate today;

    @Override
    public Integer call() {
        FindingsExport.Format format = null;
        boolean pdf = output != null && PortfolioPdf.isPdf(output);
        if (output != null) {
            format = FindingsExport.Format.of(output);
            if (format == null && !pdf) {
                throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.portfolio.badFormat", output));
            }
            Outputs.requireNew(spec, output, pdf ? OutputRule.Kind.PDF
                    : format == FindingsExport.Format.CSV ? OutputRule.Kind.CSV : OutputRule.Kind.XLSX);
        }
        Clock clock = today == null ? Clock.systemDefaultZone()
                : Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        Portfolio p = FileStep.on(dir, () -> new PortfolioScan(clock).scan(dir));
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            printTable(out, PortfolioTable.headers(), PortfolioTable.rows(p));
        } else {
            FindingsExport.Format chosen = format;
            FileStep.run(output, () -> AtomicFileWriter.writeNew(output, pdf
                    ? PortfolioPdf.render(p, PortfolioPdf.folderName(dir), LocalDate.now(clock))
                    : PortfolioExport.export(p, chosen)));
            out.println(Messages.get("cli.portfolio.written", output, p.entries().size() - p.broken(), p.broken()));
        }
        return ExitCodes.OK;
    }

    /** Columns padded to their widest cell; text from files shown terminal-safe. */
    static void printTable(PrintWriter out, List<String> headers, List<List<String>> rows) {
        int[] widths = new int[headers.size()];
        List<List<String>> all = new java.util.ArrayList<>();
        all.add(headers);
        rows.forEach(r -> all.add(r.stream().map(FileLoading::shown).toList()));
        for (List<String> r : all) {
            for (int i = 0; i < r.size(); i++) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        }
        for (List<String> r : all) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                sb.append(i == 0 ? "" : "  ").append(i == r.size() - 1 ? r.get(i) : pad(r.get(i), widths[i]));
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
