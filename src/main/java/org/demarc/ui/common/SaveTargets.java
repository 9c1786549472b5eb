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
