package org.demarc.project;

import java.io.IOException;
import java.nio.file.Path;

import org.demarc.io.InvalidFileException;
import org.demarc.io.Loaded;
import org.demarc.model.Assessment;
import org.demarc.io.AtomicFileWriter;
import org.demarc.io.FileOps;

/** Opening and saving project files: the entry point the UI and the command line share. */
public final class ProjectFiles {
    private final ProjectReader reader;
    private final AtomicFileWriter writer;
    private final FileOps ops;

    public ProjectFiles() {
        this(new ProjectReader(), FileOps.SYSTEM);
    }

    public ProjectFiles(ProjectReader reader, FileOps ops) {
        this.reader = reader;
        this.writer = new AtomicFileWriter(ops);
        this.ops = ops;
    }

    /**
     * Whether a save over {@code file} can work: its folder takes the temporary file and the
     * backup, and the file itself is not read-only.
     */
    public boolean canSaveOver(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder != null && ops.isWritable(folder) && (!ops.isRegularFile(file) || ops.isWritable(file));
    }

    public Loaded<Assessment> open(Path file) throws IOException, InvalidFileException {
        return reader.read(file);
    }

    /** Saves atomically, keeping the previous version as {@code NAME.demarc.bak}. */
    public void save(Assessment assessment, Path file) throws IOException {
        writer.replace(file, ProjectWriter.toBytes(assessment), backupOf(file));
    }

    /**
     * Saves to a new file, refusing with {@link java.nio.file.FileAlreadyExistsException} when the
     * file exists: for results that must never replace a project, such as a catalog migration.
     */
    public void saveNew(Assessment assessment, Path file) throws IOException {
        writer.create(file, ProjectWriter.toBytes(assessment));
    }

    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ProjectFormat.BACKUP_SUFFIX);
    }
}
