package org.demarc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.demarc.io.OutputRule;
import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.project.ProjectReader;
import org.demarc.report.ProgressListener;
import org.demarc.report.ReportExporter;
import org.demarc.report.ReportOptions;
import org.demarc.report.SigningKey;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code demarc export FILE -o REPORT.pdf [--sign KEYSTORE.p12 --alias A --password-file F]}: the
 * PDF report of a project, through the same {@link ReportExporter} the GUI uses. A project that is
 * not signed off gives a report marked DRAFT.
 */
@Command(name = "export", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "export.file")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "REPORT.pdf", required = true, descriptionKey = "export.output")
    Path output;

    @Option(names = "--previous", paramLabel = "OLD.demarc", descriptionKey = "export.previous")
    Path previous;

    @Option(names = "--sign", paramLabel = "KEYSTORE.p12", descriptionKey = "export.sign")
    Path keyStore;

    @Option(names = "--alias", paramLabel = "ALIAS", descriptionKey = "export.alias")
    String alias;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "export.passwordFile")
    Path passwordFile;

    @Option(names = "--evidence-root", paramLabel = "DIR", descriptionKey = "export.evidenceRoot")
    java.util.List<Path> evidenceRoots = new java.util.ArrayList<>();

    @Option(names = "--force", descriptionKey = "export.force")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (keyStore == null && (alias != null || passwordFile != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.export.signOptions"));
        }
        if (keyStore != null && passwordFile == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.export.passwordNeeded"));
        }
        Outputs.check(spec, output, OutputRule.Kind.PDF, true, force, file, previous, keyStore, passwordFile);
        var loaded = FileStep.on(file, () -> new ProjectReader().read(file));
        FileLoading.warnings(err, file, loaded.warnings());
        Assessment a = loaded.value();
        ReportExporter exporter = new ReportExporter();
        ReportOptions options = ReportOptions.defaults().checkingEvidenceOf(file);
        for (Path root : evidenceRoots) {
            options = options.readingEvidenceUnder(root);
        }
        if (previous != null) {
            options = options.comparedWith(FileStep.on(previous, () -> new ProjectReader().read(previous)).value());
        }
        ReportOptions chosen = options;
        byte[] pdf = FileStep.on(file, () -> exporter.render(a, chosen, ProgressListener.NONE, () -> false));
        if (keyStore != null) {
            char[] password = FileStep.on(passwordFile, () -> PasswordFile.read(passwordFile));
            byte[] unsigned = pdf;
            pdf = FileStep.on(keyStore, () -> exporter.sign(unsigned, new SigningKey(keyStore, alias, password)));
        }
        byte[] written = pdf;
        FileStep.run(output, () -> ReportExporter.write(output, written));
        out.println(FileLoading.shown(Messages.get(a.isSignedOff() ? "cli.export.done" : "cli.export.draft", output,
                pdf.length, a.engagement().title())));
        if (keyStore != null) {
            out.println(Messages.get("cli.export.signed", keyStore));
        }
        return ExitCodes.OK;
    }
}
