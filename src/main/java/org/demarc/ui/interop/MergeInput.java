package org.demarc.ui.interop;

import java.nio.file.Path;

import org.demarc.model.Assessment;
import org.demarc.project.ProjectFiles;

/** Reads one side of a merge so that a failure names the file it came from (theirs or the ancestor). */
final class MergeInput {
    /** Reading {@link #file()} failed; the cause says why. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Path file;

        Unreadable(Path file, Throwable cause) {
            super(cause);
            this.file = file;
        }

        Path file() {
            return file;
        }
    }

    private MergeInput() {
    }

    static Assessment read(Path file) throws Unreadable {
        try {
            return new ProjectFiles().open(file).value();
        } catch (Exception e) {
            throw new Unreadable(file, e);
        }
    }
}
