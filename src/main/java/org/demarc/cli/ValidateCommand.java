package org.demarc.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.demarc.catalog.CatalogReader;
import org.demarc.catalog.SourcePolicy;
import org.demarc.io.Loaded;
import org.demarc.model.Assessment;
import org.demarc.model.Catalog;
import org.demarc.model.Messages;
import org.demarc.project.ProjectReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code demarc validate FILE}: checks a project or catalog file and lists each problem. */
@Command(name = "validate", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "validate.file")
    Path file;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        byte[] bytes = FileStep.on(file, () -> DocumentKind.read(file));
        if (FileStep.on(file, () -> DocumentKind.of(bytes)) == DocumentKind.CATALOG) {
            Loaded<Catalog> loaded = FileStep.on(file, () -> new CatalogReader(SourcePolicy.USER_FILE).read(bytes));
            FileLoading.warnings(err, file, loaded.warnings());
            Catalog c = loaded.value();
            out.println(FileLoading.shown(Messages.get("cli.validate.catalogOk", file, c.name(), c.version(),
                    c.services().size(), c.controls().size())));
        } else {
            Loaded<Assessment> loaded = FileStep.on(file, () -> new ProjectReader().read(bytes));
            FileLoading.warnings(err, file, loaded.warnings());
            Assessment a = loaded.value();
            out.println(FileLoading.shown(Messages.get("cli.validate.projectOk", file, a.engagement().title(),
                    a.scope().size(), a.answers().size(), a.catalog().name(), a.catalog().version())));
        }
        return ExitCodes.OK;
    }
}
