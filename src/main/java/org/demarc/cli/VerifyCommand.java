package org.demarc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.demarc.assessment.ContentFingerprint;
import org.demarc.assessment.SignOffs;
import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.project.ProjectReader;
import org.demarc.report.ProjectSigning;
import org.demarc.report.ReportVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code demarc verify REPORT.pdf [--project FILE]}: checks the report's digital signature and,
 * given the project, that the report was made from exactly that content. Exit code 0 only when
 * everything checked holds. {@code demarc verify PROJECT.demarc} checks a project's digital
 * signature instead: intact, over exactly its content, and by whom.
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
        if (report.getFileName() != null && report.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(org.demarc.project.ProjectFormat.EXTENSION)) {
            if (project != null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        Messages.get("cli.verify.projectOption"));
            }
            return verifyProject(out, err);
        }
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

    /** A project file on its own: its sign-off and the digital signature over its content. */
    private int verifyProject(PrintWriter out, PrintWriter err) {
        Assessment a = FileLoading.project(report, err);
        if (!a.isSignedOff()) {
            out.println(FileLoading.shown(Messages.get("cli.verify.notSignedOff", report)));
            out.println(FileLoading.shown(Messages.get("cli.verify.failed", report)));
            return ExitCodes.INVALID_INPUT;
        }
        out.println(FileLoading.shown(Messages.get("cli.verify.project", report, a.signOff().fingerprint())));
        if (SignOffs.isVoid(a)) {
            out.println(Messages.get("cli.verify.signOffVoid", ContentFingerprint.of(a)));
        }
        ProjectSigning.Status status = ProjectSigning.status(a);
        out.println(FileLoading.shown(status.summary()));
        status.problems().forEach(p -> out.println(FileLoading.shown("  " + p)));
        if (status.kind() != ProjectSigning.Kind.NOT_SIGNED && !status.key().isEmpty()) {
            out.println(Messages.get("projectSignature.trust", status.key()));
        }
        boolean passed = status.valid() && !SignOffs.isVoid(a);
        out.println(FileLoading.shown(Messages.get(passed ? "cli.verify.passed" : "cli.verify.failed", report)));
        return passed ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }
}
