package org.demarc.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the command line. Subcommands never start the JavaFX toolkit, so they work without
 * a display (on servers, in CI, over SSH).
 */
@Command(name = "demarc", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli",
        versionProvider = VersionProvider.class,
        subcommands = {ValidateCommand.class, MatrixCommand.class, CatalogCommand.class, ExportCommand.class,
                VerifyCommand.class, QuestionnaireCommand.class, FindingsCommand.class, DiffCommand.class,
                CarryForwardCommand.class,
                CommandLine.HelpCommand.class})
public final class DemarcCommand implements Runnable {
    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The subcommand names that select the command line instead of the GUI. */
    public static final java.util.Set<String> SUBCOMMANDS = java.util.Set.of(
            "validate", "matrix", "catalog", "export", "verify", "questionnaire", "findings", "diff", "carry-forward",
            "help", "--help", "-h", "--version", "-V");

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new DemarcCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(org.demarc.model.Messages.get("cli.unexpected", ex.toString()));
            return ExitCodes.IO_ERROR;
        });
        return cl;
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
