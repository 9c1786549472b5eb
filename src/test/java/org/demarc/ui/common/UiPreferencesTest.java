package org.demarc.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preferences live in a plain file of the per-user data folder, survive a restart and never stop a start. */
class UiPreferencesTest {
    @TempDir
    Path dir;

    @Test
    void whatIsSetIsThereAfterARestartInAReadableFile() throws Exception {
        Path file = dir.resolve("demarc").resolve(UiPreferences.FILE_NAME);
        UiPreferences prefs = new UiPreferences(file);
        prefs.setDarkTheme(true);
        prefs.setZoomPercent(150);
        prefs.setWindowBounds(10, 20, 1024, 700, false);
        prefs.addRecent(dir.resolve("a.demarc"));
        prefs.addRecent(dir.resolve("b é.demarc"));

        UiPreferences again = new UiPreferences(file);
        assertThat(again.darkTheme()).isTrue();
        assertThat(again.zoomPercent()).isEqualTo(150);
        assertThat(again.windowBounds()).containsExactly(10, 20, 1024, 700);
        assertThat(again.recentFiles()).containsExactly(dir.resolve("b é.demarc"), dir.resolve("a.demarc"));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("theme.dark=true").contains("zoom.percent=150");
        assertThat(dir.resolve("demarc")).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void aDamagedFileGivesTheDefaultsAndIsLeftAsItIsUntilTheNextChange() throws Exception {
        Path file = dir.resolve(UiPreferences.FILE_NAME);
        byte[] damaged = "theme.dark=true\nzoom.percent=\\uZZZZ\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, damaged);
        UiPreferences prefs = new UiPreferences(file);
        assertThat(prefs.darkTheme()).isFalse();
        assertThat(prefs.zoomPercent()).isEqualTo(Zoom.ACTUAL);
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);

        prefs.setZoomPercent(120);
        assertThat(new UiPreferences(file).zoomPercent()).isEqualTo(120);
    }

    @Test
    void valuesThatAreNotNumbersGiveTheDefault() throws Exception {
        Path file = dir.resolve(UiPreferences.FILE_NAME);
        Files.writeString(file, "zoom.percent=big\nwindow.width=Infinity\n");
        UiPreferences prefs = new UiPreferences(file);
        assertThat(prefs.zoomPercent()).isEqualTo(Zoom.ACTUAL);
        assertThat(prefs.windowBounds()[2]).isEqualTo(1280);
    }

    @Test
    void whatAnEarlierVersionKeptInJavaPreferencesIsAdoptedOnce() throws Exception {
        String path = "org/demarc/test-legacy-" + System.nanoTime();
        Preferences legacy = Preferences.userRoot().node(path);
        try {
            legacy.putBoolean("theme.dark", true);
            legacy.put("recent.0", dir.resolve("old.demarc").toString());
            legacy.flush();
            Path file = dir.resolve(UiPreferences.FILE_NAME);
            UiPreferences prefs = new UiPreferences(file);
            prefs.adoptLegacy(Preferences.userRoot(), path);
            assertThat(prefs.darkTheme()).isTrue();
            UiPreferences again = new UiPreferences(file);
            assertThat(again.darkTheme()).isTrue();
            assertThat(again.recentFiles()).containsExactly(dir.resolve("old.demarc"));
        } finally {
            legacy.removeNode();
        }
    }

    @Test
    void inMemoryPreferencesWriteNoFile() throws Exception {
        UiPreferences prefs = UiPreferences.inMemory();
        prefs.setDarkTheme(true);
        prefs.flush();
        assertThat(prefs.darkTheme()).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
