package org.demarc.ui.shell;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.I18n;

/** How a failed file operation is told: what failed, on which file, and why, in the user's words. */
final class FileErrors {
    private FileErrors() {
    }

    /** Reading failed: an invalid file lists what is wrong and where; anything else says why it could not be read. */
    static void showOpenFailed(DialogService dialogs, Path file, Throwable err) {
        if (err instanceof InvalidFileException invalid) {
            dialogs.showError(I18n.t("open.failed.title"), I18n.t("open.failed.invalid", file),
                    invalid.problems().stream().map(Problem::describe).toList());
        } else {
            dialogs.showError(I18n.t("open.failed.title"), I18n.t("open.failed.io", file, reason(err)), List.of());
        }
    }

    /** The cause in words: a missing folder, no permission, the file system's own reason. */
    static String reason(Throwable err) {
        if (err instanceof NoSuchFileException e) {
            return I18n.t("io.folderMissing", e.getFile());
        }
        if (err instanceof AccessDeniedException) {
            return I18n.t("io.accessDenied");
        }
        if (err instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return err.getMessage() == null ? err.getClass().getSimpleName() : err.getMessage();
    }
}
