package org.demarc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.demarc.io.OutputRule;
import org.demarc.model.Assessment;
import org.demarc.model.Domain;
import org.demarc.model.Messages;
import org.demarc.report.ProgressListener;
import org.demarc.report.ReportExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code demarc handout FILE -o HANDOUT.pdf [--domains identity,logging]}: the workshop handout, the
 * questions of some domains for attendees, with no answers and nothing internal.
 */
@Command(name = "handout", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli")
final class HandoutCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "handout.file")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "HANDOUT.pdf", required = true, descriptionKey = "handout.output")
    Path output;

    @Option(names = "--domains", split = ",", paramLabel = "DOMAIN", descriptionKey = "handout.domains")
    List<String> domains;

    @Option(names = "--force", descriptionKey = "handout.force")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Outputs.check(spec, output, OutputRule.Kind.PDF, true, force, file);
        Assessment a = FileLoading.project(file, err);
        List<String> ids = domains == null ? a.catalog().domains().stream().map(Domain::id).toList()
                : DomainOption.resolve(spec, a, domains);
        byte[] pdf = FileStep.on(file, () -> new ReportExporter().renderHandout(a, ids, ProgressListener.NONE,
                () -> false));
        FileStep.run(output, () -> ReportExporter.write(output, pdf));
        spec.commandLine().getOut().println(FileLoading.shown(Messages.get("cli.handout.done", output, pdf.length,
                a.engagement().title(), ids.size())));
        return ExitCodes.OK;
    }
}
