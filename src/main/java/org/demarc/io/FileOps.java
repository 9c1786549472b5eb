package org.demarc.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The file-system operations saving relies on, as a seam: tests inject a full disk, a read-only
 * folder, a denied permission or a file deleted underneath, which root (as CI runs) cannot get
 * from chmod. Production uses {@link #SYSTEM}.
 */
public interface FileOps {
    FileOps SYSTEM = new FileOps() { };

    /** Creates {@code file} (it must not exist), writes the bytes and forces them to disk. */
    default void createAndForce(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    default void move(Path from, Path to, CopyOption... options) throws IOException {
        Files.move(from, to, options);
    }

    default byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    /** Opens a file for reading (evidence hashing goes through here, so tests can see every read). */
    default java.io.InputStream newInputStream(Path file) throws IOException {
        return Files.newInputStream(file);
    }

    /** The file's real path, links resolved; {@link java.nio.file.NoSuchFileException} when it is not there. */
    default Path toRealPath(Path file) throws IOException {
        return file.toRealPath();
    }

    default java.nio.file.attribute.BasicFileAttributes attributes(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
    }

    default boolean isRegularFile(Path file) {
        return Files.isRegularFile(file);
    }

    /** Whether a file or folder can be written (the system's answer; root gets yes almost always). */
    default boolean isWritable(Path path) {
        return Files.isWritable(path);
    }

    default void deleteIfExists(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    /** Gives {@code to} the POSIX permissions of {@code from}, where the file system has them. */
    default void copyPermissions(Path from, Path to) {
        try {
            if (Files.isRegularFile(from) && Files.getFileStore(to).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the content matters more than the mode bits.
        }
    }

    /** Makes a rename durable where the platform allows opening a folder (not Windows). */
    default void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the data itself is already on disk.
        }
    }
}
