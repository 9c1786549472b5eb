package org.demarc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.demarc.io.OutputRule;
import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.project.ProjectFiles;
import org.demarc.project.ProjectLock;
import org.demarc.report.ProjectSigning;
import org.demarc.report.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code demarc sign PROJECT --sign KS.p12 [--alias A] --password-file F [-o OUT]}: puts a digital
 * signature of the signed-off content into the project's sign-off.
 */
@Command(name = "sign", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli")
final class SignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", descriptionKey = "sign.project")
    Path project;

    @Option(names = "--sign", paramLabel = "KEYSTORE.p12", required = true, descriptionKey = "sign.keyStore")
    Path keyStore;

    @Option(names = "--alias", paramLabel = "A", descriptionKey = "sign.alias")
    String alias;

    @Option(names = "--password-file", paramLabel = "FILE", required = true, descriptionKey = "sign.passwordFile")
    Path passwordFile;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.demarc", descriptionKey = "sign.output")
    Path output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (output != null) {
            Outputs.requireNew(spec, output, OutputRule.Kind.PROJECT, project, keyStore, passwordFile);
        }
        Assessment a = FileLoading.project(project, err);
        Path target = output == null ? project : output;
        String refusal = ProjectSigning.refusalKey(a);
        if (refusal != null) {
            throw FileFailure.refused(project, ExitCodes.INVALID_INPUT, refusal);
        }
        if (output == null) {
            var holder = ProjectLock.holder(project);
            if (holder.isPresent()) {
                // The GUI would save its copy over the signature.
                err.println(FileLoading.shown(Messages.get("cli.sign.locked", project, holder.get().user(),
                        holder.get().since())));
                return ExitCodes.IO_ERROR;
            }
        }
        ProjectSigning.Status before = ProjectSigning.status(a);
        char[] password = FileStep.on(passwordFile, () -> PasswordFile.read(passwordFile));
        Assessment signed = FileStep.on(keyStore, () -> ProjectSigning.sign(a, new SigningKey(keyStore, alias, password),
                Instant.now()));
        FileStep.run(target, () -> {
            if (output == null) {
                new ProjectFiles().save(signed, target);
            } else {
                new ProjectFiles().saveNew(signed, target);
            }
        });
        ProjectSigning.Status after = ProjectSigning.status(signed);
        PrintWriter out = spec.commandLine().getOut();
        out.println(FileLoading.shown(Messages.get("cli.sign.signed", target, after.signer(), keyStore)));
        if (before.kind() != ProjectSigning.Kind.NOT_SIGNED) {
            out.println(FileLoading.shown(Messages.get("cli.sign.replaced", before.signer())));
        }
        return ExitCodes.OK;
    }
}
