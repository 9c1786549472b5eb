package org.demarc.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.demarc.assessment.merge.AssessmentMerge;
import org.demarc.io.AtomicFileWriter;
import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.project.ProjectWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code demarc merge-driver %O %A %B}, for git: the merge of %A (ours) and %B (theirs) from %O
 * (the common ancestor) written into %A. Exit 0 when clean; 1 on conflicts or a refusal, leaving %A
 * as our side with the conflicts on stderr, so git marks the file as conflicted.
 */
@Command(name = "merge-driver", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli")
final class MergeDriverCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", descriptionKey = "mergeDriver.base")
    Path base;

    @Parameters(index = "1", paramLabel = "OURS", descriptionKey = "mergeDriver.ours")
    Path ours;

    @Parameters(index = "2", paramLabel = "THEIRS", descriptionKey = "mergeDriver.theirs")
    Path theirs;

    @Mixin
    MergeFlags flags;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Assessment o = FileLoading.project(ours, err);
        Assessment t = FileLoading.project(theirs, err);
        // Git gives an empty ancestor when both branches added the file: a merge without a base.
        boolean noBase = FileStep.on(base, () -> Files.size(base)) == 0;
        Assessment b = noBase ? null : FileLoading.project(base, err);
        AssessmentMerge.Result r = Merging.merge(b, o, t, null, flags.reopen, flags.actor, ours, theirs, noBase ? null : base, err);
        if (r == null) {
            return ExitCodes.INVALID_INPUT;
        }
        if (!r.conflicts().isEmpty()) {
            Merging.list(r.conflicts(), err);
            err.println(FileLoading.shown(Messages.get("cli.mergeDriver.conflicts", r.conflicts().size(), ours)));
            return ExitCodes.INVALID_INPUT;
        }
        // Git's %A is a temporary file of its own: replaced atomically, no backup beside it.
        FileStep.run(ours, () -> AtomicFileWriter.write(ours, ProjectWriter.toBytes(r.merged()), null));
        return ExitCodes.OK;
    }
}
