package org.demarc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.demarc.assessment.EvidenceReferences;
import org.demarc.interop.scan.ControlSuggestion;
import org.demarc.interop.scan.ScanImport;
import org.demarc.interop.scan.ScanPreviewText;
import org.demarc.interop.scan.ScanSuggestions;
import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.project.ProjectFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code demarc scan import}: scanner results as evidence suggestions per control. */
@Command(name = "scan", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli",
        subcommands = {ScanCommand.Import.class})
final class ScanCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.scan.missingSubcommand"));
    }

    /** {@code demarc scan import FILE SCAN -o NEW.demarc [--accept-all|--evidence-only] [--internal] [--dry-run]}. */
    @Command(name = "import", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "scan.import.file")
        Path file;

        @Parameters(index = "1", paramLabel = "SCANFILE", descriptionKey = "scan.import.scan")
        Path scan;

        @Option(names = {"-o", "--output"}, paramLabel = "NEW.demarc", descriptionKey = "scan.import.output")
        Path output;

        @Option(names = "--accept-all", descriptionKey = "scan.import.acceptAll")
        boolean acceptAll;

        @Option(names = "--evidence-only", descriptionKey = "scan.import.evidenceOnly")
        boolean evidenceOnly;

        @Option(names = "--internal", descriptionKey = "scan.import.internal")
        boolean internal;

        @Option(names = "--dry-run", descriptionKey = "scan.import.dryRun")
        boolean dryRun;

        @Option(names = "--actor", paramLabel = "NAME", descriptionKey = "scan.import.actor",
                defaultValue = "${sys:user.name}")
        String actor;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Outputs.requireNewProjectUnlessDryRun(spec, output, dryRun, "cli.scan.outputRequired", file, scan);
            Assessment a = FileLoading.project(file, spec.commandLine().getErr());
            ScanSuggestions s = FileStep.on(scan, () -> ScanSuggestions.of(a, scan));
            ScanPreviewText.lines(s, String.valueOf(scan.getFileName()))
                    .forEach(line -> out.println(FileLoading.shownLines(line)));
            if (dryRun || !(acceptAll || evidenceOnly)) {
                // Without a choice nothing is written: the auditor confirms suggestions, the tool does not.
                out.println(Messages.get(dryRun ? "cli.scan.dryRun" : "cli.scan.nothingAccepted"));
                return ExitCodes.OK;
            }
            Set<String> accepted = !acceptAll ? Set.of()
                    : s.suggestions().stream().map(ControlSuggestion::controlId).collect(Collectors.toSet());
            Path where = output.toAbsolutePath();
            String scanPath = EvidenceReferences.portablePath(where, scan.toAbsolutePath());
            ScanImport.Outcome outcome = ScanImport.apply(a, s, accepted, scanPath, internal, Instant.now(),
                    actor == null ? "" : actor);
            FileStep.run(output, () -> new ProjectFiles().saveNew(outcome.assessment(), output));
            out.println(Messages.get("cli.scan.imported", output, outcome.attached(), outcome.statusesTaken(),
                    outcome.answered(), outcome.unanswered()));
            return ExitCodes.OK;
        }
    }
}
