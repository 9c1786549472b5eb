package org.demarc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.project.bundle.BundleWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code demarc bundle PROJECT -o X.demarcz [--for-client]}: the project and its evidence in one file. */
@Command(name = "bundle", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli")
final class BundleCommand implements Callable<Integer> {
    static final String EXTENSION = ".demarcz";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", descriptionKey = "bundle.project")
    Path project;

    @Option(names = {"-o", "--output"}, paramLabel = "X.demarcz", required = true, descriptionKey = "bundle.output")
    Path output;

    @Option(names = "--for-client", descriptionKey = "bundle.forClient")
    boolean forClient;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(EXTENSION)) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.bundle.badName", output));
        }
        if (java.nio.file.Files.exists(output, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw FileFailure.refused(output, ExitCodes.IO_ERROR, "io.alreadyExists");
        }
        Assessment a = FileLoading.project(project, err);
        if (forClient && a.isSignedOff()) {
            throw FileFailure.refused(project, ExitCodes.INVALID_INPUT, "bundle.clientCopySignedOff");
        }
        BundleWriter.Result r = FileStep.on(output, () -> BundleWriter.writeFile(a, project, forClient, output));
        r.leftOut().forEach(line -> err.println(FileLoading.shown(Messages.get("cli.fileProblem", project, line))));
        spec.commandLine().getOut().println(Messages.get(forClient ? "cli.bundle.writtenForClient" : "cli.bundle.written",
                output, r.evidenceFiles(), r.leftOut().size()));
        return ExitCodes.OK;
    }
}
