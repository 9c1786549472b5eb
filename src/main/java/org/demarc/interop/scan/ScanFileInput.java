package org.demarc.interop.scan;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;

/**
 * A scan file read once, front to back: refused unless it is a regular file within
 * {@link ScanLimits#MAX_FILE_BYTES}, cut off at that limit should it grow while being read, and
 * hashed on the way so the evidence's SHA-256 and size come from the very bytes that were parsed.
 */
final class ScanFileInput extends FilterInputStream {
    private final MessageDigest digest;
    private long count;

    private ScanFileInput(InputStream in, MessageDigest digest) {
        super(in);
        this.digest = digest;
    }

    static ScanFileInput open(Path file) throws IOException, InvalidFileException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            throw new InvalidFileException(Problem.error("", "file.notRegular"));
        }
        long size = Files.size(file);
        if (size > ScanLimits.MAX_FILE_BYTES) {
            throw new InvalidFileException(Problem.error("", "json.tooLarge", size, ScanLimits.MAX_FILE_BYTES));
        }
        if (size == 0) {
            throw new InvalidFileException(Problem.error("", "json.empty"));
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new ScanFileInput(new DigestInputStream(
                new BufferedInputStream(Files.newInputStream(file), 1 << 16), sha), sha);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) throws IOException {
        count += n;
        if (count > ScanLimits.MAX_FILE_BYTES) {
            throw new ScanTooLargeException();
        }
    }

    /** Reads what the parser left unread, so the hash covers the whole file. */
    void drain() throws IOException {
        byte[] buf = new byte[1 << 16];
        while (read(buf, 0, buf.length) >= 0) {
            // Only hashed and counted.
        }
    }

    long size() {
        return count;
    }

    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The file grew past the limit while being read. */
    static final class ScanTooLargeException extends IOException {
        ScanTooLargeException() {
            super("scan file larger than the limit");
        }
    }
}
