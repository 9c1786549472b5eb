package org.demarc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.Callable;

import org.demarc.interop.questionnaire.ImportPreview;
import org.demarc.interop.questionnaire.PreviewText;
import org.demarc.interop.questionnaire.QuestionnaireExport;
import org.demarc.interop.questionnaire.QuestionnaireImport;
import org.demarc.interop.questionnaire.QuestionnaireReader;
import org.demarc.interop.questionnaire.ReturnedQuestionnaire;
import org.demarc.io.OutputRule;
import org.demarc.model.Assessment;
import org.demarc.model.Domain;
import org.demarc.model.Messages;
import org.demarc.io.AtomicFileWriter;
import org.demarc.project.ProjectFiles;
import org.demarc.project.ProjectLock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code demarc questionnaire export|import}: questions out to respondents as .xlsx, answers back in. */
@Command(name = "questionnaire", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli",
        subcommands = {QuestionnaireCommand.Export.class, QuestionnaireCommand.Import.class})
final class QuestionnaireCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.questionnaire.missingSubcommand"));
    }

    /** {@code demarc questionnaire export FILE -o Q.xlsx [--domain D] [--all]}. */
    @Command(name = "export", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "questionnaire.export.file")
        Path file;

        @Option(names = {"-o", "--output"}, paramLabel = "Q.xlsx", required = true,
                descriptionKey = "questionnaire.export.output")
        Path output;

        @Option(names = "--domain", paramLabel = "D", descriptionKey = "questionnaire.export.domain")
        String domain;

        @Option(names = "--all", descriptionKey = "questionnaire.export.all")
        boolean all;

        @Option(names = "--actor", paramLabel = "NAME", descriptionKey = "questionnaire.export.actor",
                defaultValue = "${sys:user.name}")
        String actor;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Outputs.requireNew(spec, output, OutputRule.Kind.XLSX, file);
            Assessment a = FileLoading.project(file, err);
            String domainId = null;
            if (domain != null) {
                Domain d = QuestionnaireExport.domain(a, domain).orElseThrow(() ->
                        new CommandLine.ParameterException(spec.commandLine(), Messages.get(
                                "cli.questionnaire.unknownDomain", domain, String.join(", ",
                                        a.catalog().domains().stream().map(Domain::id).toList()))));
                domainId = d.id();
            }
            QuestionnaireExport.Selection selection = all ? QuestionnaireExport.Selection.ALL
                    : QuestionnaireExport.Selection.OPEN;
            var holder = ProjectLock.holder(file);
            if (holder.isPresent()) {
                // The GUI would save over the record of this export, and the workbook could not be imported.
                err.println(FileLoading.shown(Messages.get("cli.questionnaire.locked", file, holder.get().user(),
                        holder.get().since())));
                return ExitCodes.IO_ERROR;
            }
            QuestionnaireExport.Sent sent = QuestionnaireExport.send(a, selection, domainId, Instant.now(),
                    actor == null ? "" : actor);
            // The project first: a workbook whose export is not recorded could never be imported.
            FileStep.run(file, () -> new ProjectFiles().save(sent.assessment(), file));
            FileStep.run(output, () -> AtomicFileWriter.writeNew(output, sent.workbook()));
            spec.commandLine().getOut().println(Messages.get("cli.questionnaire.exported", output, sent.questions(),
                    file));
            return ExitCodes.OK;
        }
    }

    /** {@code demarc questionnaire import FILE Q.xlsx -o NEW.demarc [--accept-all] [--skip-invalid] [--dry-run]}. */
    @Command(name = "import", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "questionnaire.import.file")
        Path file;

        @Parameters(index = "1", paramLabel = "Q.xlsx", descriptionKey = "questionnaire.import.workbook")
        Path workbook;

        @Option(names = {"-o", "--output"}, paramLabel = "NEW.demarc", descriptionKey = "questionnaire.import.output")
        Path output;

        @Option(names = "--accept-all", descriptionKey = "questionnaire.import.acceptAll")
        boolean acceptAll;

        @Option(names = "--skip-invalid", descriptionKey = "questionnaire.import.skipInvalid")
        boolean skipInvalid;

        @Option(names = "--dry-run", descriptionKey = "questionnaire.import.dryRun")
        boolean dryRun;

        @Option(names = "--actor", paramLabel = "NAME", descriptionKey = "questionnaire.import.actor",
                defaultValue = "${sys:user.name}")
        String actor;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Outputs.requireNewProjectUnlessDryRun(spec, output, dryRun, "cli.questionnaire.outputRequired", file,
                    workbook);
            Assessment a = FileLoading.project(file, err);
            ReturnedQuestionnaire q = FileStep.on(workbook, () -> QuestionnaireReader.read(workbook));
            ImportPreview preview = FileStep.on(workbook, () -> ImportPreview.of(a, q, LocalDate.now()));
            PreviewText.lines(preview, String.valueOf(workbook.getFileName()))
                    .forEach(line -> out.println(FileLoading.shownLines(line)));
            long invalid = preview.count(ImportPreview.Kind.INVALID);
            if (dryRun) {
                out.println(Messages.get("cli.questionnaire.dryRun"));
                return invalid > 0 ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
            }
            if (invalid > 0 && !skipInvalid) {
                err.println(Messages.get("cli.questionnaire.invalidRows", invalid));
                return ExitCodes.INVALID_INPUT;
            }
            Set<String> accepted = acceptAll ? preview.allAcceptable() : preview.safeChoices();
            QuestionnaireImport.Outcome outcome = QuestionnaireImport.apply(a, preview, accepted,
                    String.valueOf(workbook.getFileName()), Instant.now(), actor == null ? "" : actor);
            FileStep.run(output, () -> new ProjectFiles().saveNew(outcome.assessment(), output));
            out.println(Messages.get("cli.questionnaire.imported", output, outcome.taken(), outcome.rejected(),
                    outcome.invalid()));
            if (!acceptAll && preview.count(ImportPreview.Kind.CONFLICT) > 0) {
                out.println(Messages.get("cli.questionnaire.conflictsKept", preview.count(ImportPreview.Kind.CONFLICT)));
            }
            return ExitCodes.OK;
        }
    }
}
