package org.demarc.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.demarc.model.Messages;
import org.demarc.project.bundle.BundleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code demarc unbundle X.demarcz -d DIR}: checks every entry of a bundle, then unpacks it into a new folder. */
@Command(name = "unbundle", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli")
final class UnbundleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "X.demarcz", descriptionKey = "unbundle.bundle")
    Path bundle;

    @Option(names = {"-d", "--directory"}, paramLabel = "DIR", required = true, descriptionKey = "unbundle.directory")
    Path directory;

    @Override
    public Integer call() {
        if (java.nio.file.Files.exists(directory) && !emptyFolder(directory)) {
            throw FileFailure.refused(directory, ExitCodes.IO_ERROR, "bundle.targetNotEmpty");
        }
        BundleReader.Unpacked u = FileStep.on(bundle, () -> new BundleReader().unpack(bundle, directory));
        spec.commandLine().getOut().println(Messages.get("cli.unbundle.written", u.projectFile(),
                u.manifest().items().size() - 1));
        return ExitCodes.OK;
    }

    private static boolean emptyFolder(Path dir) {
        try (var s = java.nio.file.Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
