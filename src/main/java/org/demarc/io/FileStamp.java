package org.demarc.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a project file looked like when it was loaded or saved, so a save can tell whether someone
 * changed it on disk in the meantime. The content hash decides; size and time are cheap hints.
 */
public record FileStamp(long size, String sha256) {
    /** The stamp of a file that does not exist. */
    public static final FileStamp MISSING = new FileStamp(-1, "");

    public static FileStamp of(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            long size = in.transferTo(java.io.OutputStream.nullOutputStream());
            return new FileStamp(size, HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()));
        } catch (NoSuchFileException e) {
            return MISSING;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static FileStamp of(byte[] bytes) {
        try {
            return new FileStamp(bytes.length, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
