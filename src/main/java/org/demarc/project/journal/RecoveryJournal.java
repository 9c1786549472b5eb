package org.demarc.project.journal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.demarc.io.InvalidFileException;
import org.demarc.model.Assessment;
import org.demarc.io.AtomicFileWriter;
import org.demarc.project.ProjectReader;
import org.demarc.project.ProjectWriter;

/**
 * Unsaved work, written beside the user's data so a crash loses at most the last moments. The
 * journal holds the whole unsaved assessment (written atomically) and the path of the file it
 * belongs to, if any. It is cleared when the work is saved or deliberately discarded.
 */
public final class RecoveryJournal {
    static final String SNAPSHOT = "unsaved-work.demarc";
    static final String ORIGIN = "unsaved-work.origin";

    private final Path folder;

    public RecoveryJournal(Path folder) {
        this.folder = folder;
    }

    public static RecoveryJournal forCurrentUser() {
        return new RecoveryJournal(UserDataFolder.resolve().resolve("journal"));
    }

    public Path folder() {
        return folder;
    }

    /** Records the unsaved state; {@code origin} is the project file it came from, or null if untitled. */
    public void record(Assessment unsaved, Path origin) throws IOException {
        Files.createDirectories(folder);
        AtomicFileWriter.write(folder.resolve(SNAPSHOT), ProjectWriter.toBytes(unsaved), null);
        String originText = origin == null ? "" : origin.toAbsolutePath().toString();
        AtomicFileWriter.write(folder.resolve(ORIGIN), originText.getBytes(StandardCharsets.UTF_8), null);
    }

    /** The work left by a session that ended without saving, if any and if it is readable. */
    public Optional<Recovered> find() {
        Path snapshot = folder.resolve(SNAPSHOT);
        if (!Files.isRegularFile(snapshot)) {
            return Optional.empty();
        }
        try {
            Assessment a = new ProjectReader().read(snapshot).value();
            Path originFile = folder.resolve(ORIGIN);
            String origin = Files.isRegularFile(originFile) ? Files.readString(originFile, StandardCharsets.UTF_8).strip() : "";
            return Optional.of(new Recovered(a, origin.isEmpty() ? null : Path.of(origin),
                    Files.getLastModifiedTime(snapshot).toInstant()));
        } catch (IOException | InvalidFileException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void clear() throws IOException {
        Files.deleteIfExists(folder.resolve(SNAPSHOT));
        Files.deleteIfExists(folder.resolve(ORIGIN));
    }

    /** What a recovery brings back. */
    public record Recovered(Assessment assessment, Path origin, java.time.Instant savedAt) {
    }
}
