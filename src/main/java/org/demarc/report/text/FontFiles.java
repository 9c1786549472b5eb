package org.demarc.report.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The TrueType fonts shipped inside the program (with their licences beside them in
 * {@code org/demarc/report/fonts/}). The report never uses a font of the user's machine. The bytes
 * are read once per JVM; each document parses its own copy, since parsed fonts are not thread-safe.
 */
public enum FontFiles {
    /** Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew, Arabic (with presentation forms), symbols. */
    DEJAVU_SANS("DejaVuSans.ttf"),
    DEJAVU_SANS_BOLD("DejaVuSans-Bold.ttf"),
    DEJAVU_SANS_MONO("DejaVuSansMono.ttf"),
    /** Chinese and Japanese (Han, kana). */
    DROID_SANS_FALLBACK("DroidSansFallbackFull.ttf"),
    /** Korean (all 11,172 Hangul syllables and jamo). */
    NANUM_SQUARE("NanumSquareR.ttf"),
    /** Monochrome emoji. */
    NOTO_EMOJI("NotoEmoji-Regular.ttf");

    private static final Map<FontFiles, byte[]> CACHE = new ConcurrentHashMap<>();
    private final String file;

    FontFiles(String file) {
        this.file = file;
    }

    public byte[] bytes() {
        return CACHE.computeIfAbsent(this, FontFiles::read);
    }

    private static byte[] read(FontFiles font) {
        String path = "/org/demarc/report/fonts/" + font.file;
        try (InputStream in = FontFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the program: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
