package org.demarc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.demarc.interop.findings.FindingsExport;
import org.demarc.io.OutputRule;
import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.io.AtomicFileWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code demarc findings FILE -o F.xlsx|F.csv [--bom]}: every gap with its action plan, for a tracker. */
@Command(name = "findings", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli")
final class FindingsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "findings.file")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "F.xlsx|F.csv", required = true, descriptionKey = "findings.output")
    Path output;

    @Option(names = "--bom", descriptionKey = "findings.bom")
    boolean bom;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        FindingsExport.Format format = FindingsExport.Format.of(output);
        if (format == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.findings.badFormat", output));
        }
        Outputs.requireNew(spec, output, format == FindingsExport.Format.CSV ? OutputRule.Kind.CSV
                : OutputRule.Kind.XLSX, file);
        Assessment a = FileLoading.project(file, err);
        FileStep.run(output, () -> AtomicFileWriter.writeNew(output, FindingsExport.export(a, format, bom)));
        spec.commandLine().getOut().println(Messages.get("cli.findings.written", output,
                FindingsExport.rows(a).size()));
        return ExitCodes.OK;
    }
}
