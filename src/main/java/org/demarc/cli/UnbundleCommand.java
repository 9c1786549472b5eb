package org.demarc.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
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
        if (Files.isSymbolicLink(directory)) {
            // Unpacking replaces the folder named: a link would be replaced, not the folder it leads to.
            throw FileFailure.refused(directory, ExitCodes.IO_ERROR, "bundle.targetLink", linkTarget());
        }
        if (Files.exists(directory, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            // Listing a pipe would wait for a writer forever.
            throw FileFailure.refused(directory, ExitCodes.IO_ERROR, "bundle.targetNotFolder");
        }
        if (Files.exists(directory) && !emptyFolder(directory)) {
            throw FileFailure.refused(directory, ExitCodes.IO_ERROR, "bundle.targetNotEmpty");
        }
        BundleReader.Unpacked u = FileStep.on(bundle, () -> new BundleReader().unpack(bundle, directory));
        spec.commandLine().getOut().println(Messages.get("cli.unbundle.written", u.projectFile(),
                u.manifest().items().size() - 1));
        return ExitCodes.OK;
    }

    private String linkTarget() {
        try {
            return String.valueOf(Files.readSymbolicLink(directory));
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static boolean emptyFolder(Path dir) {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
