package org.demarc.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.demarc.io.OutputRule;

/**
 * The command line's output rule for the GUI's save dialogs: the chooser has already asked before
 * replacing a file, so a file of the same kind may be replaced, but never one of another kind (a
 * PDF over the project, a questionnaire over a key store), a link, a pipe or a device.
 */
public final class SaveTargets {
    private SaveTargets() {
    }

    /** Why {@code chosen} must not be written as {@code kind}; empty when it may. */
    public static Optional<OutputRule.Refusal> refusal(Path chosen, OutputRule.Kind kind) {
        return OutputRule.check(chosen, kind, List.of(), true, false);
    }

    /**
     * Why {@code chosen} must not be written by an export offering {@code extensions} (without the
     * dot): the kind is the export's, never the one the typed name asks for, so a workbook cannot
     * land on the project by being named {@code shop.demarc}, nor on a key store named {@code .p12}.
     */
    public static Optional<OutputRule.Refusal> refusal(Path chosen, List<String> extensions) {
        String name = String.valueOf(chosen.getFileName()).toLowerCase(Locale.ROOT);
        for (String ext : extensions) {
            String dotted = "." + ext.toLowerCase(Locale.ROOT);
            OutputRule.Kind kind = kindOf(Path.of("x" + dotted));
            if (name.endsWith(dotted) && kind != null) {
                return refusal(chosen, kind);
            }
        }
        return Optional.of(new OutputRule.Refusal("output.extension",
                List.of(String.join(", ", extensions.stream().map(e -> "." + e).toList())), true));
    }

    /** Why the OSCAL set must not be written into {@code dir}, naming the file; empty when it may. */
    public static Optional<OutputRule.FolderRefusal> folderRefusal(Path dir, List<String> names) {
        return OutputRule.checkInFolder(dir, names, OutputRule.Kind.OSCAL, List.of(), false);
    }

    /** The kind a file name asks for among the writable ones, or null. */
    public static OutputRule.Kind kindOf(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        for (OutputRule.Kind k : OutputRule.Kind.values()) {
            if (k.extensions().stream().anyMatch(name::endsWith)) {
                return k;
            }
        }
        return null;
    }
}
