package org.demarc.project.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What a bundle file is called, and where one chosen folder unpacks it. */
public final class BundleFiles {
    public static final String EXTENSION = ".demarcz";

    private BundleFiles() {
    }

    public static boolean isBundle(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    /**
     * The folder a bundle unpacks into when the user chose {@code folder}: that folder when it is
     * new or empty, else a new folder in it named after the bundle ({@code audit.demarcz} → {@code audit}),
     * so choosing Documents never mixes the evidence into what is there.
     */
    public static Path unpackTarget(Path folder, Path bundle) throws IOException {
        if (!Files.exists(folder)) {
            return folder;
        }
        try (var entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                return folder;
            }
        }
        String name = bundle.getFileName().toString();
        return folder.resolve(name.substring(0, name.length() - EXTENSION.length()));
    }
}
