package org.demarc.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.demarc.io.Problem;

/** Reads a file the user chose, refusing what is not a regular file or is larger than the limit. */
public final class SafeFiles {
    private SafeFiles() {
    }

    /** The file's bytes; never more than {@link JsonLimits#MAX_FILE_BYTES} are read. */
    public static byte[] readBounded(Path file) throws IOException, InvalidFileException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
            if (!Files.exists(file)) {
                throw new java.nio.file.NoSuchFileException(file.toString());
            }
            throw new InvalidFileException(Problem.error("", "file.notRegular"));
        }
        long size = Files.size(file);
        if (size > JsonLimits.MAX_FILE_BYTES) {
            throw new InvalidFileException(Problem.error("", "json.tooLarge", size, JsonLimits.MAX_FILE_BYTES));
        }
        try (InputStream in = Files.newInputStream(file)) {
            // Bounded read: the file may grow between the size check and the read.
            byte[] bytes = in.readNBytes((int) JsonLimits.MAX_FILE_BYTES + 1);
            if (bytes.length > JsonLimits.MAX_FILE_BYTES) {
                throw new InvalidFileException(Problem.error("", "json.tooLarge", bytes.length,
                        JsonLimits.MAX_FILE_BYTES));
            }
            return bytes;
        }
    }
}
