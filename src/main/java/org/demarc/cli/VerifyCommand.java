package org.demarc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.project.ProjectReader;
import org.demarc.report.ReportVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code demarc verify REPORT.pdf [--project FILE]}: checks the report's digital signature and,
 * given the project, that the report was made from exactly that content. Exit code 0 only when
 * everything checked holds.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli")
final class VerifyCommand implements Callable<Integer> {
    private static final long MAX_REPORT_BYTES = 512L * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REPORT.pdf", descriptionKey = "verify.report")
    Path report;

    @Option(names = "--project", paramLabel = "FILE", descriptionKey = "verify.project")
    Path project;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Assessment a = null;
        if (project != null) {
            var loaded = FileStep.on(project, () -> new ProjectReader().read(project));
            FileLoading.warnings(err, project, loaded.warnings());
            a = loaded.value();
        }
        FileStep.run(report, () -> {
            if (!Files.exists(report)) {
                throw new java.nio.file.NoSuchFileException(report.toString());
            }
        });
        if (!Files.isRegularFile(report)) {
            // A pipe or a device would never end: refused before reading.
            throw FileFailure.refused(report, ExitCodes.INVALID_INPUT, "file.notRegular");
        }
        if (FileStep.on(report, () -> Files.size(report)) > MAX_REPORT_BYTES) {
            throw FileFailure.refused(report, ExitCodes.INVALID_INPUT, "cli.verify.tooLarge");
        }
        byte[] pdf = FileStep.on(report, () -> Files.readAllBytes(report));
        ReportVerifier.Verification v;
        try {
            v = ReportVerifier.verify(pdf, a);
        } catch (IOException notPdf) {
            throw FileFailure.refused(report, ExitCodes.INVALID_INPUT, "cli.verify.notPdf");
        }
        v.findings().forEach(f -> out.println(FileLoading.shown(f)));
        out.println(Messages.get(v.passed() ? "cli.verify.passed" : "cli.verify.failed", report));
        return v.passed() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }
}
