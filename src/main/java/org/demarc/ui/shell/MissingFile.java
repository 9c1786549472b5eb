package org.demarc.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.UiPreferences;

/**
 * A file asked for that is no longer where it was (a recent file, a dropped or named one): said in
 * words before anything tries to read it, and a recent file may be taken off the list.
 */
final class MissingFile {
    private MissingFile() {
    }

    /** Only a file known to be gone: one that cannot be checked (no permission) is left to opening to explain. */
    static boolean isMissing(Path file) {
        return Files.notExists(file);
    }

    /** True when {@code file} is gone and the user was told so; the open work is not touched. */
    static boolean told(Path file, DialogService dialogs, UiPreferences prefs) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!isMissing(absolute)) {
            return false;
        }
        String title = I18n.t("recent.missing.title");
        String message = I18n.t("recent.missing.message", absolute.getFileName(), absolute.getParent());
        if (!prefs.recentFiles().contains(absolute)) {
            dialogs.showError(title, message, List.of());
        } else if (dialogs.confirm(title, message + " " + I18n.t("recent.missing.offer"),
                I18n.t("recent.missing.remove"))) {
            prefs.removeRecent(absolute);
        }
        return true;
    }
}
