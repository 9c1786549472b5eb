package org.demarc.project;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that, whatever happens, it holds either its old or its new content: the new
 * bytes go to a temporary file in the same folder, are forced to disk and then moved over the
 * target. The previous version is kept beside it as a backup, written the same way.
 */
public final class AtomicFileWriter {
    private AtomicFileWriter() {
    }

    public static void write(Path target, byte[] bytes, Path backup) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (backup != null && Files.isRegularFile(absolute)) {
            writeDurably(backup.toAbsolutePath(), Files.readAllBytes(absolute));
        }
        writeDurably(absolute, bytes);
        forceDirectory(dir);
    }

    /**
     * Creates {@code target} with the bytes, refusing with {@link java.nio.file.FileAlreadyExistsException}
     * if it exists: the bytes go to a temporary file in the same folder, are forced to disk and then
     * moved to the target without replacing anything. A failed write leaves no file behind.
     */
    public static void writeNew(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path tmp = durableTemporary(absolute, bytes);
        try {
            // Without REPLACE_EXISTING the move refuses an existing target.
            Files.move(tmp, absolute);
        } finally {
            Files.deleteIfExists(tmp);
        }
        forceDirectory(absolute.getParent());
    }

    private static void writeDurably(Path target, byte[] bytes) throws IOException {
        Path tmp = durableTemporary(target, bytes);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A temporary file beside {@code target} holding the bytes, forced to disk. It is created with
     * the folder's default permissions (not the owner-only ones of {@code createTempFile}) and takes
     * over the permissions of the file it replaces, so a project on a shared drive stays shared.
     */
    private static Path durableTemporary(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
            copyPermissions(target, tmp);
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.isRegularFile(from) && Files.getFileStore(to).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the content matters more than the mode bits.
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder (not Windows). */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the data itself is already on disk.
        }
    }
}
