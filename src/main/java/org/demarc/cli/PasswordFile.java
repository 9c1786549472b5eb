package org.demarc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;

import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;

/**
 * The key store's password from the first line of a file. Only a regular file of at most
 * {@link #MAX_BYTES} is read, so {@code /dev/zero}, a pipe or a sparse giant cannot exhaust memory.
 */
final class PasswordFile {
    /** Far more than any password; small enough to read at once. */
    static final int MAX_BYTES = 4096;

    private PasswordFile() {
    }

    /** The first line, as characters; the bytes read are wiped. */
    static char[] read(Path file) throws IOException, InvalidFileException {
        if (!Files.isRegularFile(file)) {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new java.nio.file.NoSuchFileException(file.toString());
            }
            throw new InvalidFileException(Problem.error("", "file.notRegular"));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        try {
            if (bytes.length > MAX_BYTES) {
                throw new InvalidFileException(Problem.error("", "password.tooLarge", MAX_BYTES));
            }
            // Notepad writes a UTF-8 byte order mark and ends the line with CR LF: neither is the password.
            int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                    && bytes[2] == (byte) 0xBF ? 3 : 0;
            int end = start;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, start, end - start));
            char[] password = Arrays.copyOf(chars.array(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            return password;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
