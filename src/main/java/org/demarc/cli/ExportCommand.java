package org.demarc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.demarc.assessment.SignOffs;
import org.demarc.io.OutputRule;
import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.model.ReportProfile;
import org.demarc.project.ProfileFiles;
import org.demarc.project.ProjectReader;
import org.demarc.report.ProgressListener;
import org.demarc.report.ReportExporter;
import org.demarc.report.ReportOptions;
import org.demarc.report.ReportPart;
import org.demarc.report.SigningKey;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code demarc export FILE -o REPORT.pdf [--sign KEYSTORE.p12 --alias A --password-file F]
 * [--sections summary | --domains D,D] [--profile P.json] [--classification TEXT] [--logo F]}: the PDF
 * report of a project, or a part of it marked as an excerpt, through the same {@link ReportExporter}
 * the GUI uses; with {@code -o REPORT.docx}, its unsigned editable twin. A project that is not signed off,
 * or whose sign-off is void (content changed after sign-off), gives a report marked DRAFT.
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

    @Option(names = "--sections", paramLabel = "full|summary", descriptionKey = "export.sections")
    String sections;

    @Option(names = "--domains", split = ",", paramLabel = "DOMAIN", descriptionKey = "export.domains")
    List<String> domains;

    @Option(names = "--profile", paramLabel = "PROFILE.json", descriptionKey = "export.profile")
    Path profileFile;

    @Option(names = "--classification", paramLabel = "TEXT", descriptionKey = "export.classification")
    String classification;

    @Option(names = "--logo", paramLabel = "LOGO.png", descriptionKey = "export.logo")
    Path logo;

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
        boolean summary = sections(sections);
        boolean excerpt = summary || domains != null;
        if (summary && domains != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.export.summaryOrDomains"));
        }
        if (excerpt && (keyStore != null || previous != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.export.wholeReportOnly",
                    keyStore != null ? "--sign" : "--previous"));
        }
        boolean docx = String.valueOf(output.getFileName()).toLowerCase(java.util.Locale.ROOT).endsWith(".docx");
        if (docx && keyStore != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.export.docxUnsigned"));
        }
        Outputs.check(spec, output, docx ? OutputRule.Kind.DOCX : OutputRule.Kind.PDF, true, force, file, previous,
                keyStore, passwordFile, profileFile, logo);
        var loaded = FileStep.on(file, () -> new ProjectReader().read(file));
        FileLoading.warnings(err, file, loaded.warnings());
        Assessment a = loaded.value().withReportProfile(profile(loaded.value().reportProfile()));
        ReportExporter exporter = new ReportExporter();
        ReportOptions options = ReportOptions.defaults().checkingEvidenceOf(file);
        if (summary) {
            options = options.only(ReportPart.summary());
        } else if (domains != null) {
            options = options.only(ReportPart.domains(DomainOption.resolve(spec, a, domains)));
        }
        for (Path root : evidenceRoots) {
            options = options.readingEvidenceUnder(root);
        }
        if (previous != null) {
            options = options.comparedWith(FileStep.on(previous, () -> new ProjectReader().read(previous)).value());
        }
        ReportOptions chosen = options;
        if (docx) {
            byte[] bytes = FileStep.on(file, () -> exporter.renderDocx(a, chosen, ProgressListener.NONE, () -> false));
            FileStep.run(output, () -> ReportExporter.write(output, bytes));
            out.println(FileLoading.shown(Messages.get("cli.export.docx", output, bytes.length, a.engagement().title())));
            if (excerpt) {
                out.println(FileLoading.shown(Messages.get("cli.export.excerpt", chosen.part().name(a.catalog()))));
            }
            return ExitCodes.OK;
        }
        byte[] pdf = FileStep.on(file, () -> exporter.render(a, chosen, ProgressListener.NONE, () -> false));
        if (keyStore != null) {
            char[] password = FileStep.on(passwordFile, () -> PasswordFile.read(passwordFile));
            byte[] unsigned = pdf;
            pdf = FileStep.on(keyStore, () -> exporter.sign(unsigned, new SigningKey(keyStore, alias, password)));
        }
        byte[] written = pdf;
        FileStep.run(output, () -> ReportExporter.write(output, written));
        String done = SignOffs.isVoid(a) ? "cli.export.void" : a.isSignedOff() ? "cli.export.done" : "cli.export.draft";
        out.println(FileLoading.shown(Messages.get(done, output, pdf.length, a.engagement().title())));
        if (excerpt) {
            out.println(FileLoading.shown(Messages.get("cli.export.excerpt", chosen.part().name(a.catalog()))));
        }
        if (keyStore != null) {
            out.println(Messages.get("cli.export.signed", keyStore));
        }
        return ExitCodes.OK;
    }

    /**
     * The project's report profile with what --profile, then --classification and --logo set, for
     * this report only (the project file is not changed).
     */
    private ReportProfile profile(ReportProfile stored) {
        ReportProfile p = stored;
        if (profileFile != null) {
            ReportProfile base = p;
            p = FileStep.on(profileFile, () -> ProfileFiles.readProfile(profileFile, base));
        }
        if (classification != null) {
            p = p.withClassification(classification);
        }
        if (logo != null) {
            p = p.withLogo(FileStep.on(logo, () -> ProfileFiles.readLogo(logo)));
        }
        return p;
    }

    /** True for {@code --sections summary}; {@code full} or nothing is the whole report. */
    private boolean sections(String value) {
        if (value == null || value.equalsIgnoreCase("full")) {
            return false;
        }
        if (value.equalsIgnoreCase("summary")) {
            return true;
        }
        throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.export.sections",
                FileLoading.shown(value)));
    }
}
