package org.demarc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.demarc.assessment.merge.AssessmentMerge;
import org.demarc.assessment.merge.MergeConflict;
import org.demarc.assessment.merge.MergeOptions;
import org.demarc.assessment.merge.MergeRefusedException;
import org.demarc.assessment.merge.MergeSide;
import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import picocli.CommandLine;

/** What {@code merge} and {@code merge-driver} share: running the merge and listing its conflicts. */
final class Merging {
    private Merging() {
    }

    /** {@code --prefer ours|theirs}, case ignored. */
    static final class SideConverter implements CommandLine.ITypeConverter<MergeSide> {
        @Override
        public MergeSide convert(String value) {
            return MergeSide.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    /** The merge's result, or null after printing why it was refused (the message names the files). */
    static AssessmentMerge.Result merge(Assessment base, Assessment ours, Assessment theirs, MergeSide prefer,
            boolean reopen, String actor, Path oursFile, Path theirsFile, Path baseFile, PrintWriter err) {
        MergeOptions options = new MergeOptions(prefer, reopen, Instant.now(), actor, name(oursFile),
                name(theirsFile), baseFile == null ? null : name(baseFile));
        try {
            return AssessmentMerge.merge(base, ours, theirs, options);
        } catch (MergeRefusedException e) {
            err.println(FileLoading.shown(e.getMessage()));
            return null;
        }
    }

    static void list(List<MergeConflict> conflicts, PrintWriter to) {
        for (MergeConflict c : conflicts) {
            to.println(FileLoading.shown(Messages.get("cli.merge.conflict", c.where(), c.field(), c.ours(), c.theirs())));
        }
    }

    private static String name(Path file) {
        return String.valueOf(file.getFileName());
    }
}
