package org.demarc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run once where Demarc is installed, under {@code -XX:ArchiveClassesAtExit}, to build the
 * program's class-data-sharing archive there (JDK 17 archives record absolute class paths, so the
 * archive cannot be built elsewhere). Loads, without initialising, every class a start of the GUI
 * loads, from a list recorded at build time; needs no display.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        ClassLoader loader = CdsTraining.class.getClassLoader();
        int loaded = 0;
        int missing = 0;
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#") || name.startsWith("@")) {
                continue;
            }
            int space = name.indexOf(' ');
            String className = (space < 0 ? name : name.substring(0, space)).replace('/', '.');
            try {
                Class.forName(className, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                missing++;
            }
        }
        System.out.println("cds training: " + loaded + " classes loaded, " + missing + " not present here");
    }
}
