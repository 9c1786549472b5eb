package org.demarc.io;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * Replaces a file so that, whatever happens, it holds either its old or its new content: the new
 * bytes go to a temporary file in the same folder, are forced to disk and then moved over the
 * target. The previous version is kept beside it as a backup, written the same way. A failure
 * leaves the target and the backup as they were and no temporary file behind.
 */
public final class AtomicFileWriter {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final FileOps ops;

    public AtomicFileWriter(FileOps ops) {
        this.ops = ops;
    }

    public static void write(Path target, byte[] bytes, Path backup) throws IOException {
        new AtomicFileWriter(FileOps.SYSTEM).replace(target, bytes, backup);
    }

    public static void writeNew(Path target, byte[] bytes) throws IOException {
        new AtomicFileWriter(FileOps.SYSTEM).create(target, bytes);
    }

    /** Replaces {@code target} with the bytes, first copying its old content to {@code backup} (if not null). */
    public void replace(Path target, byte[] bytes, Path backup) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (backup != null && ops.isRegularFile(absolute)) {
            replaceDurably(backup.toAbsolutePath(), ops.read(absolute));
        }
        replaceDurably(absolute, bytes);
        ops.forceDirectory(absolute.getParent());
        removeLeftovers(absolute);
    }

    /**
     * Temporary files of this target left by a save that was killed midway: never read, but they
     * should not pile up. Only those older than a minute, so a concurrent writer is not disturbed.
     */
    private static void removeLeftovers(Path target) {
        String glob = "." + target.getFileName().toString().replace("\\", "\\\\").replace("*", "\\*")
                .replace("?", "\\?").replace("[", "\\[").replace("{", "\\{") + ".*.tmp";
        java.time.Instant cutoff = java.time.Instant.now().minusSeconds(60);
        try (var stream = java.nio.file.Files.newDirectoryStream(target.getParent(), glob)) {
            for (Path p : stream) {
                if (java.nio.file.Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                    java.nio.file.Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Housekeeping only.
        }
    }

    /**
     * Creates {@code target} with the bytes, refusing with {@link java.nio.file.FileAlreadyExistsException}
     * if it exists: the bytes go to a temporary file in the same folder, are forced to disk and then
     * moved to the target without replacing anything. A failed write leaves no file behind.
     */
    public void create(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path tmp = durableTemporary(absolute, bytes);
        try {
            // Without REPLACE_EXISTING the move refuses an existing target.
            ops.move(tmp, absolute);
        } finally {
            ops.deleteIfExists(tmp);
        }
        ops.forceDirectory(absolute.getParent());
    }

    private void replaceDurably(Path target, byte[] bytes) throws IOException {
        Path tmp = durableTemporary(target, bytes);
        try {
            ops.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            ops.deleteIfExists(tmp);
        }
    }

    /**
     * A temporary file beside {@code target} holding the bytes, forced to disk. It is created with
     * the folder's default permissions (not the owner-only ones of {@code createTempFile}) and takes
     * over the permissions of the file it replaces, so a project on a shared drive stays shared.
     */
    private Path durableTemporary(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + "."
                + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        try {
            ops.createAndForce(tmp, bytes);
            ops.copyPermissions(target, tmp);
        } catch (IOException | RuntimeException e) {
            ops.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }
}
