package org.demarc.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.demarc.catalog.BuiltInCatalog;
import org.demarc.interop.oscal.Baseline;
import org.demarc.interop.oscal.ComponentInventory;
import org.demarc.interop.oscal.OscalExport;
import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code demarc oscal FILE -o DIR [--baseline low|moderate|high]}: the assessment as OSCAL (plan,
 * results, POA&M, with the profile and catalog they point at); {@code demarc oscal import-component F}:
 * which services of an OSCAL component definition the catalog knows.
 */
@Command(name = "oscal", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli",
        subcommands = OscalCommand.ImportComponent.class)
final class OscalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", arity = "0..1", descriptionKey = "oscal.file")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", descriptionKey = "oscal.output")
    Path output;

    @Option(names = "--baseline", paramLabel = "low|moderate|high", defaultValue = "moderate",
            descriptionKey = "oscal.baseline")
    String baseline;

    @Option(names = "--force", descriptionKey = "oscal.force")
    boolean force;

    @Override
    public Integer call() {
        if (file == null || output == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.oscal.usage"));
        }
        Baseline chosen = Baseline.of(baseline);
        if (chosen == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.oscal.badBaseline", baseline));
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw FileFailure.refused(output, ExitCodes.IO_ERROR, "cli.oscal.notFolder");
        }
        Outputs.checkInFolder(spec, output, OscalExport.fileNames(chosen), org.demarc.io.OutputRule.Kind.OSCAL, force,
                file);
        Assessment a = FileLoading.project(file, spec.commandLine().getErr());
        OscalExport.Summary s = FileStep.on(output, () -> OscalExport.write(a, chosen, output));
        spec.commandLine().getOut().println(Messages.get("cli.oscal.written", output, s.files().size(),
                s.implementedRequirements(), s.inheritedStatements(), s.satisfiedStatements()));
        return ExitCodes.OK;
    }

    /** {@code demarc oscal import-component FILE}. */
    @Command(name = "import-component", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli")
    static final class ImportComponent implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "oscal.importComponent.file")
        Path file;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<ComponentInventory.Entry> entries = FileStep.on(file,
                    () -> ComponentInventory.read(file, BuiltInCatalog.load()));
            int known = 0;
            for (ComponentInventory.Entry e : entries) {
                if (e.service().isPresent()) {
                    known++;
                    out.println(FileLoading.row(Messages.get("cli.oscal.known"), e.title(), e.service().get().id(),
                            e.service().get().name()));
                } else {
                    out.println(FileLoading.row(Messages.get("cli.oscal.unknown"), e.title()));
                }
            }
            out.println(Messages.get("cli.oscal.inventory", known, entries.size()));
            return ExitCodes.OK;
        }
    }
}
