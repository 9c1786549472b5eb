package org.demarc.ui.common;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@link FileOpener} through {@link java.awt.Desktop}: the file's own program, and the folder in
 * the file manager (with the file selected where the system can). Without a desktop (headless, a
 * minimal Linux session) it says so instead of failing silently.
 */
public final class DesktopFileOpener implements FileOpener {
    @Override
    public void open(Path file) throws IOException {
        desktop(Desktop.Action.OPEN).open(file.toFile());
    }

    @Override
    public void showInFolder(Path file) throws IOException {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE_FILE_DIR)) {
            Desktop.getDesktop().browseFileDirectory(file.toFile());
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        desktop(Desktop.Action.OPEN).open(folder.toFile());
    }

    private static Desktop desktop(Desktop.Action action) throws IOException {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(action)) {
            throw new IOException(I18n.t("open.unsupported"));
        }
        return Desktop.getDesktop();
    }
}
