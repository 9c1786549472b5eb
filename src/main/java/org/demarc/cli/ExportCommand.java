package org.demarc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.demarc.io.InvalidFileException;
import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.project.ProjectReader;
import org.demarc.report.ProgressListener;
import org.demarc.report.ReportExporter;
import org.demarc.report.ReportOptions;
import org.demarc.report.ReportSigningException;
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
        Path current = file;
        try {
            var loaded = new ProjectReader().read(file);
            FileLoading.warnings(err, file, loaded.warnings());
            Assessment a = loaded.value();
            ReportExporter exporter = new ReportExporter();
            ReportOptions options = ReportOptions.defaults().checkingEvidenceOf(file);
            if (previous != null) {
                current = previous;
                options = options.comparedWith(new ProjectReader().read(previous).value());
                current = file;
            }
            byte[] pdf = exporter.render(a, options, ProgressListener.NONE, () -> false);
            if (keyStore != null) {
                current = passwordFile;
                char[] password = readPassword(passwordFile);
                current = keyStore;
                pdf = exporter.sign(pdf, new SigningKey(keyStore, alias, password));
            }
            current = output;
            ReportExporter.write(output, pdf);
            out.println(Messages.get(a.isSignedOff() ? "cli.export.done" : "cli.export.draft", output,
                    pdf.length, a.engagement().title()));
            if (keyStore != null) {
                out.println(Messages.get("cli.export.signed", keyStore));
            }
            return ExitCodes.OK;
        } catch (InvalidFileException e) {
            return FileLoading.invalid(err, file, e);
        } catch (ReportSigningException e) {
            err.println(Messages.get("cli.fileProblem", keyStore, e.getMessage()));
            return ExitCodes.INVALID_INPUT;
        } catch (IOException e) {
            return FileLoading.ioError(err, current, e);
        }
    }

    /** The first line of the file, as characters; the bytes read are wiped. */
    static char[] readPassword(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            int end = bytes.length;
            while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
                end--;
            }
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 0, end));
            char[] password = Arrays.copyOf(chars.array(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            return password;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
