package org.demarc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.demarc.assessment.diff.AssessmentDiff;
import org.demarc.assessment.diff.DiffText;
import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code demarc diff OLD NEW}: what changed from one assessment to the next. */
@Command(name = "diff", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli")
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "diff.old")
    Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", descriptionKey = "diff.new")
    Path newFile;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Assessment before = FileLoading.project(oldFile, err);
        Assessment after = FileLoading.project(newFile, err);
        print(AssessmentDiff.between(before, after), spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    static void print(AssessmentDiff d, PrintWriter out) {
        // Titles, service names and control titles come from the files.
        out.println(FileLoading.shown(DiffText.heading(d)));
        out.println(DiffText.coverage(d));
        if (d.isEmpty()) {
            out.println(Messages.get("compare.none"));
            return;
        }
        for (DiffText.Section s : DiffText.sections(d)) {
            out.println(FileLoading.shown(s.heading()));
            s.lines().forEach(line -> out.println(FileLoading.shownLines(line)));
        }
        out.println(DiffText.unchanged(d));
    }
}
