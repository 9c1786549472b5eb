package org.demarc.ui;

import java.util.List;

import javafx.application.Application;
import org.demarc.model.Messages;

/** Starts the JavaFX application, after checking its arguments without a toolkit. */
public final class GuiMain {
    private GuiMain() {
    }

    public static void main(String[] args) {
        try {
            GuiArguments.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(Messages.get("gui.badArguments", e.getMessage()));
            System.exit(2);
        }
        if (!displayAvailable()) {
            System.err.println(Messages.get("gui.noDisplay"));
            System.exit(2);
        }
        try {
            Application.launch(DemarcApp.class, args);
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // A DISPLAY that names no reachable X server: JavaFX's reason in one line, no stack trace.
            System.err.println(Messages.get("gui.cannotStart", org.demarc.io.Problem.visible(String.valueOf(e.getMessage()))));
            System.exit(2);
        }
    }

    /**
     * On Linux and the BSDs the window needs an X or Wayland display; headless Monocle (tests) and
     * macOS and Windows do not.
     */
    static boolean displayAvailable() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || System.getProperty("glass.platform") != null) {
            return true;
        }
        return !blank(System.getenv("DISPLAY")) || !blank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
