package org.demarc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.demarc.assessment.merge.AssessmentMerge;
import org.demarc.assessment.merge.MergeSide;
import org.demarc.io.OutputRule;
import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.project.ProjectFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code demarc merge OURS THEIRS [--base BASE] -o OUT.demarc [--prefer ours|theirs] [--reopen]}. */
@Command(name = "merge", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli")
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OURS", descriptionKey = "merge.ours")
    Path ours;

    @Parameters(index = "1", paramLabel = "THEIRS", descriptionKey = "merge.theirs")
    Path theirs;

    @Option(names = "--base", paramLabel = "BASE", descriptionKey = "merge.base")
    Path base;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.demarc", required = true, descriptionKey = "merge.output")
    Path output;

    @Option(names = "--prefer", paramLabel = "ours|theirs", converter = Merging.SideConverter.class,
            descriptionKey = "merge.prefer")
    MergeSide prefer;

    @Mixin
    MergeFlags flags;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Outputs.requireNew(spec, output, OutputRule.Kind.PROJECT, ours, theirs, base);
        Assessment o = FileLoading.project(ours, err);
        Assessment t = FileLoading.project(theirs, err);
        Assessment b = base == null ? null : FileLoading.project(base, err);
        AssessmentMerge.Result r = Merging.merge(b, o, t, prefer, flags.reopen, flags.actor, ours, theirs, base, err);
        if (r == null) {
            return ExitCodes.INVALID_INPUT;
        }
        if (!r.conflicts().isEmpty() && prefer == null) {
            Merging.list(r.conflicts(), err);
            err.println(Messages.get("cli.merge.conflicts", r.conflicts().size()));
            return ExitCodes.INVALID_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        Merging.list(r.conflicts(), out);
        FileStep.run(output, () -> new ProjectFiles().saveNew(r.merged(), output));
        out.println(FileLoading.shown(Messages.get("cli.merge.written", output, r.fromTheirs(), theirs,
                r.conflicts().size(), Messages.get(prefer == MergeSide.THEIRS ? "merge.side.theirs" : "merge.side.ours"))));
        return ExitCodes.OK;
    }
}
