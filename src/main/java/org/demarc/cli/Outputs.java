package org.demarc.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.demarc.io.OutputRule;
import org.demarc.model.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Applies {@link OutputRule} before a command does any work: a wrong name is a usage error, anything else exit 3. */
final class Outputs {
    private Outputs() {
    }

    /** For commands that only ever write a new file. */
    static void requireNew(CommandSpec spec, Path output, OutputRule.Kind kind, Path... inputs) {
        check(spec, output, kind, false, false, inputs);
    }

    /**
     * For an import, which writes its result as a new project beside the old one: {@code output} is
     * needed unless it is a dry run ({@code missingKey} says so), and must be a new file.
     */
    static void requireNewProjectUnlessDryRun(CommandSpec spec, Path output, boolean dryRun, String missingKey,
                                              Path... inputs) {
        if (dryRun) {
            return;
        }
        if (output == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.get(missingKey));
        }
        requireNew(spec, output, OutputRule.Kind.PROJECT, inputs);
    }

    static void check(CommandSpec spec, Path output, OutputRule.Kind kind, boolean replaceAllowed, boolean force,
            Path... inputs) {
        OutputRule.check(output, kind, Arrays.asList(inputs), replaceAllowed, force)
                .ifPresent(refusal -> refuse(spec, output, refusal));
    }

    /** For commands that write a set of named files into a folder, replacing an earlier set of their kind. */
    static void checkInFolder(CommandSpec spec, Path dir, List<String> names, OutputRule.Kind kind, boolean force,
            Path... inputs) {
        OutputRule.checkInFolder(dir, names, kind, Arrays.asList(inputs), force)
                .ifPresent(r -> refuse(spec, r.file(), r.refusal()));
    }

    private static void refuse(CommandSpec spec, Path output, OutputRule.Refusal refusal) {
        if (refusal.usage()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    org.demarc.io.Problem.visible(Messages.get("cli.fileProblem", output, refusal.text())));
        }
        throw FileFailure.refused(output, ExitCodes.IO_ERROR, refusal.key(), refusal.args().toArray());
    }
}
