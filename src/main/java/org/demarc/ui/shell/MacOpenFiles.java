package org.demarc.ui.shell;

import java.awt.Desktop;
import java.util.Locale;

import javafx.application.Platform;

/**
 * On macOS a file opened from the Finder (double-click, the file association) arrives as an event,
 * not as an argument: route it to {@link FileActions#open}. Elsewhere nothing happens, so AWT is
 * never started on Linux or Windows.
 */
public final class MacOpenFiles {
    private MacOpenFiles() {
    }

    public static void install(FileActions files) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")
                || !Desktop.isDesktopSupported()) {
            return;
        }
        Desktop desktop = Desktop.getDesktop();
        if (desktop.isSupported(Desktop.Action.APP_OPEN_FILE)) {
            desktop.setOpenFileHandler(event -> {
                if (!event.getFiles().isEmpty()) {
                    Platform.runLater(() -> files.open(event.getFiles().get(0).toPath()));
                }
            });
        }
    }
}
