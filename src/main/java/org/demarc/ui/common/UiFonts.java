package org.demarc.ui.common;

import java.io.ByteArrayInputStream;
import java.util.List;

import javafx.scene.text.Font;
import org.demarc.report.text.FontFiles;

/**
 * The fonts the report bundles, loaded into the UI as well: JavaFX falls back to loaded fonts for
 * characters the system font lacks, so emoji, Chinese, Japanese, Korean, Hebrew and Arabic show in
 * the window as they do in the PDF instead of as boxes on a machine without such fonts.
 */
public final class UiFonts {
    private static final List<FontFiles> FALLBACKS = List.of(FontFiles.DEJAVU_SANS, FontFiles.DEJAVU_SANS_BOLD,
            FontFiles.NOTO_EMOJI, FontFiles.DROID_SANS_FALLBACK, FontFiles.NANUM_SQUARE);
    private static boolean loaded;

    private UiFonts() {
    }

    /**
     * Starts loading in the background (about 150 ms of reading and parsing), so the first window
     * does not wait for it; {@link #load} then waits only for what is left.
     */
    public static void preload() {
        Thread t = new Thread(UiFonts::load, "demarc-fonts");
        t.setDaemon(true);
        t.start();
    }

    /** Loads the fallback fonts once per program run; later calls do nothing. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        for (FontFiles f : FALLBACKS) {
            Font.loadFont(new ByteArrayInputStream(f.bytes()), Zoom.THEME_SIZE_PX);
        }
    }
}
