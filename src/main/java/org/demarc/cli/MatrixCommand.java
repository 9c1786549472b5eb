package org.demarc.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.interop.MatrixExport;
import org.demarc.model.Assessment;
import org.demarc.project.ProjectReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code demarc matrix FILE --format csv|json|text}: the responsibility matrix of the project's scope. */
@Command(name = "matrix", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli")
final class MatrixCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "matrix.file")
    Path file;

    @Option(names = "--format", paramLabel = "csv|json|text", defaultValue = "text",
            converter = FormatConverter.class, descriptionKey = "matrix.format")
    MatrixExport.Format format;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var loaded = FileStep.on(file, () -> new ProjectReader().read(file));
        FileLoading.warnings(err, file, loaded.warnings());
        Assessment a = loaded.value();
        var matrix = ResponsibilityEngine.matrix(a);
        String text = MatrixExport.export(matrix, format, a.catalog());
        // JSON and CSV escape what they carry; the text table is for a terminal.
        spec.commandLine().getOut().print(format == MatrixExport.Format.TEXT ? FileLoading.shownLines(text) : text);
        return ExitCodes.OK;
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<MatrixExport.Format> {
        @Override
        public MatrixExport.Format convert(String value) {
            try {
                return MatrixExport.Format.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        org.demarc.model.Messages.get("cli.matrix.badFormat", value));
            }
        }
    }
}
