package org.demarc.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** What Demarc remembers between runs: window geometry, theme, zoom and recent files. */
public final class UiPreferences {
    public static final int MAX_RECENT = 10;
    private static final String RECENT = "recent.";
    private final Preferences prefs;

    public UiPreferences(Preferences prefs) {
        this.prefs = prefs;
    }

    public static UiPreferences forUser() {
        return new UiPreferences(Preferences.userRoot().node("org/demarc/ui"));
    }

    public boolean darkTheme() {
        return prefs.getBoolean("theme.dark", false);
    }

    public void setDarkTheme(boolean dark) {
        prefs.putBoolean("theme.dark", dark);
    }

    /** The text size in percent of the theme's; 100 when never set. */
    public int zoomPercent() {
        return prefs.getInt("zoom.percent", Zoom.ACTUAL);
    }

    public void setZoomPercent(int percent) {
        prefs.putInt("zoom.percent", percent);
    }

    public double[] windowBounds() {
        return new double[] {prefs.getDouble("window.x", Double.NaN), prefs.getDouble("window.y", Double.NaN),
                prefs.getDouble("window.width", 1280), prefs.getDouble("window.height", 800)};
    }

    public boolean windowMaximized() {
        return prefs.getBoolean("window.maximized", false);
    }

    public void setWindowBounds(double x, double y, double width, double height, boolean maximized) {
        prefs.putDouble("window.x", x);
        prefs.putDouble("window.y", y);
        prefs.putDouble("window.width", width);
        prefs.putDouble("window.height", height);
        prefs.putBoolean("window.maximized", maximized);
    }

    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = prefs.get(RECENT + i, null);
            if (p != null && !p.isBlank()) {
                out.add(Path.of(p));
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
                prefs.put(RECENT + i, list.get(i).toString());
            } else {
                prefs.remove(RECENT + i);
            }
        }
    }

    public void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience; losing them must not stop the program.
        }
    }
}
