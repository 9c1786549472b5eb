package org.demarc.ui.common;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Hands a written file to the desktop: open it in its program, or show it in the file manager.
 * Behind an interface so tests check the call without opening anything. Both may block: call them
 * off the FX thread.
 */
public interface FileOpener {
    /** For windows that are never meant to open anything (tests that do not care). */
    FileOpener UNAVAILABLE = new FileOpener() {
        @Override
        public void open(Path file) throws IOException {
            throw new IOException(I18n.t("open.unsupported"));
        }

        @Override
        public void showInFolder(Path file) throws IOException {
            throw new IOException(I18n.t("open.unsupported"));
        }
    };

    void open(Path file) throws IOException;

    void showInFolder(Path file) throws IOException;
}
