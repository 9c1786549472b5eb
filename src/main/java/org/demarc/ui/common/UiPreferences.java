package org.demarc.ui.common;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.demarc.io.AtomicFileWriter;
import org.demarc.io.EventLog;
import org.demarc.project.journal.UserDataFolder;

/**
 * What Demarc remembers between runs: window geometry, theme, zoom and recent files, in
 * {@code preferences.properties} of the per-user data folder (beside the journal and the support
 * log, so one folder holds all the program keeps). Each change is written at once, atomically; a
 * damaged file gives the defaults and a line in the support log, and is replaced only by the next
 * change.
 */
public final class UiPreferences {
    public static final int MAX_RECENT = 10;
    public static final String FILE_NAME = "preferences.properties";
    private static final String RECENT = "recent.";
    private static final String LEGACY_NODE = "org/demarc/ui";
    private static final Logger LOG = EventLog.of(UiPreferences.class);

    private final Properties values = new Properties();
    /** Null: kept in memory only. */
    private final Path file;

    /** The preferences kept in {@code file} (read now if it exists). */
    public UiPreferences(Path file) {
        this.file = file;
        read();
    }

    private UiPreferences() {
        this.file = null;
    }

    /** Preferences that live as long as this object: for tests and tools, never the user's file. */
    public static UiPreferences inMemory() {
        return new UiPreferences();
    }

    /** The user's preferences; on the first run with this file, those an earlier version kept in Java Preferences. */
    public static UiPreferences forUser() {
        Path file = UserDataFolder.resolve().resolve(FILE_NAME);
        boolean first = !Files.exists(file);
        UiPreferences prefs = new UiPreferences(file);
        if (first) {
            prefs.adoptLegacy(Preferences.userRoot(), LEGACY_NODE);
        }
        return prefs;
    }

    /** Copies what the Java Preferences node held (earlier versions kept the preferences there). */
    void adoptLegacy(Preferences root, String path) {
        try {
            if (!root.nodeExists(path)) {
                return;
            }
            Preferences node = root.node(path);
            for (String key : node.keys()) {
                String value = node.get(key, null);
                if (value != null) {
                    values.setProperty(key, value);
                }
            }
            save();
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.warning(() -> "earlier preferences not read: " + e);
        }
    }

    public boolean darkTheme() {
        return Boolean.parseBoolean(values.getProperty("theme.dark", "false"));
    }

    public void setDarkTheme(boolean dark) {
        put("theme.dark", String.valueOf(dark));
    }

    /** The text size in percent of the theme's; 100 when never set. */
    public int zoomPercent() {
        return (int) number("zoom.percent", Zoom.ACTUAL);
    }

    public void setZoomPercent(int percent) {
        put("zoom.percent", String.valueOf(percent));
    }

    public double[] windowBounds() {
        return new double[] {number("window.x", Double.NaN), number("window.y", Double.NaN),
                number("window.width", 1280), number("window.height", 800)};
    }

    public boolean windowMaximized() {
        return Boolean.parseBoolean(values.getProperty("window.maximized", "false"));
    }

    public void setWindowBounds(double x, double y, double width, double height, boolean maximized) {
        values.setProperty("window.x", String.valueOf(x));
        values.setProperty("window.y", String.valueOf(y));
        values.setProperty("window.width", String.valueOf(width));
        values.setProperty("window.height", String.valueOf(height));
        put("window.maximized", String.valueOf(maximized));
    }

    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = values.getProperty(RECENT + i);
            if (p != null && !p.isBlank()) {
                try {
                    out.add(Path.of(p));
                } catch (java.nio.file.InvalidPathException e) {
                    // A path of another system (a file copied from Windows): not offered.
                }
            }
        }
        return out;
    }

    /** Puts a file first in the recent list, without duplicates. */
    public void addRecent(Path file) {
        List<Path> list = new ArrayList<>(recentFiles());
        Path abs = file.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        setRecent(list);
    }

    public void removeRecent(Path file) {
        List<Path> list = new ArrayList<>(recentFiles());
        list.remove(file.toAbsolutePath().normalize());
        setRecent(list);
    }

    private void setRecent(List<Path> list) {
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                values.setProperty(RECENT + i, list.get(i).toString());
            } else {
                values.remove(RECENT + i);
            }
        }
        save();
    }

    /** Writes what is not yet in the file (every change is written at once; kept for callers at exit). */
    public void flush() {
        save();
    }

    private double number(String key, double fallback) {
        String v = values.getProperty(key);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v);
            return Double.isFinite(d) || Double.isNaN(fallback) ? d : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void put(String key, String value) {
        values.setProperty(key, value);
        save();
    }

    private void read() {
        if (file == null || !Files.isRegularFile(file)) {
            return;
        }
        try {
            if (Files.size(file) > 64 * 1024) {
                throw new IOException("larger than 64 KB");
            }
            values.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            // Preferences are a convenience: a damaged file gives the defaults, never a failed start.
            values.clear();
            LOG.warning(() -> "preferences not read from " + file + ": " + e.getMessage());
        }
    }

    private void save() {
        if (file == null) {
            return;
        }
        StringBuilder text = new StringBuilder("# Demarc's preferences (window, theme, zoom, recent files)\n");
        new TreeMap<>(values).forEach((k, v) -> {
            Properties one = new Properties();
            one.setProperty(String.valueOf(k), String.valueOf(v));
            StringWriter w = new StringWriter();
            try {
                one.store(w, null);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            // store() writes a date comment first; the entry is the last line.
            String[] lines = w.toString().split("\\R");
            text.append(lines[lines.length - 1]).append('\n');
        });
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFileWriter.write(file, text.toString().getBytes(StandardCharsets.UTF_8), null);
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "preferences not written to " + file + ": " + e.getMessage());
        }
    }
}
