package org.demarc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the command line. Subcommands never start the JavaFX toolkit, so they work without
 * a display (on servers, in CI, over SSH).
 */
@Command(name = "demarc", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli",
        versionProvider = VersionProvider.class,
        subcommands = {NewCommand.class, ValidateCommand.class, MatrixCommand.class, CompareProvidersCommand.class,
                CatalogCommand.class, ExportCommand.class, HandoutCommand.class,
                VerifyCommand.class, SignCommand.class, QuestionnaireCommand.class, FindingsCommand.class, DiffCommand.class,
                CarryForwardCommand.class, OscalCommand.class, ScanCommand.class,
                MergeCommand.class, MergeDriverCommand.class,
                PortfolioCommand.class, BundleCommand.class, UnbundleCommand.class,
                CommandLine.HelpCommand.class})
public final class DemarcCommand implements Runnable {
    private static final Logger LOG = org.demarc.io.EventLog.of(DemarcCommand.class);

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The subcommand names that select the command line instead of the GUI. */
    public static final java.util.Set<String> SUBCOMMANDS = java.util.Set.of(
            "new", "validate", "matrix", "compare-providers", "catalog", "export", "handout", "verify", "sign", "questionnaire", "findings", "diff", "carry-forward", "oscal", "scan",
            "merge", "merge-driver",
            "portfolio", "bundle", "unbundle",
            "help", "--help", "-h", "--version", "-V");

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new DemarcCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failed(ex, commandLine.getErr()));
        return cl;
    }

    /** The support log the GUI writes too, for the stack of an unexpected error; stdout and stderr stay one line. */
    public static void startSupportLog() {
        org.demarc.io.EventLog.start(org.demarc.project.journal.UserDataFolder.resolve().resolve("logs"));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        int code;
        try {
            code = commandLine(out, err).execute(args);
        } catch (Error e) {
            // picocli passes Errors through; an input must never end in a stack trace either.
            code = failed(e, err);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** A first word that is neither a command nor a file: said so with the usage line, never the GUI's failure. */
    public static int unknownCommand(String word, PrintWriter err) {
        err.println(org.demarc.io.Problem.visible(org.demarc.model.Messages.get("cli.unknownCommand", word)));
        err.println(org.demarc.model.Messages.get("cli.usageLine"));
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * The one error path of every command: a failed file step as one line per problem under that
     * file's name, anything else as one line with the support log's name (the stack goes there).
     */
    static int failed(Throwable ex, PrintWriter err) {
        if (ex instanceof FileFailure f) {
            f.lines().forEach(err::println);
            return f.exitCode();
        }
        if (org.demarc.io.EventLog.file() != null) {
            LOG.log(Level.SEVERE, "command failed", ex);
        }
        Path log = org.demarc.io.EventLog.file();
        String reason = ex instanceof OutOfMemoryError ? ex.getClass().getSimpleName()
                : ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
        err.println(org.demarc.io.Problem.visible(org.demarc.model.Messages.get("cli.unexpected", reason,
                log == null ? "-" : log)));
        return ExitCodes.IO_ERROR;
    }
}
