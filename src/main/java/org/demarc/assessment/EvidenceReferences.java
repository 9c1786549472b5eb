package org.demarc.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.demarc.io.FileOps;
import org.demarc.model.EvidenceReference;
import org.demarc.model.Messages;

/** Turns an evidence file the user picked into a reference: portable path, SHA-256 and size. */
public final class EvidenceReferences {
    /** Evidence files above this size are refused rather than hashed for minutes. */
    public static final long MAX_EVIDENCE_BYTES = 2L * 1024 * 1024 * 1024;
    private static final int CHUNK = 1 << 20;

    private EvidenceReferences() {
    }

    public static EvidenceReference attach(Path projectFile, Path evidence, String description)
            throws IOException {
        Path file = readable(evidence.toString(), evidence);
        Hashed hashed;
        try {
            hashed = sha256(FileOps.SYSTEM, file, MAX_EVIDENCE_BYTES, () -> { });
        } catch (AccessDeniedException e) {
            throw new IOException(Messages.get("evidence.denied", file), e);
        }
        if (hashed == null) {
            // Larger than it said (a file in /proc stats as 0 bytes), or grew while being read.
            throw new IOException(Messages.get("evidence.tooLarge", file, MAX_EVIDENCE_BYTES));
        }
        return new EvidenceReference(portablePath(projectFile, file), hashed.sha256(), hashed.bytes(), description);
    }

    /**
     * What an evidence file looks like now compared with when it was attached; every state but
     * the first two says why it was not compared (see {@link EvidenceCheck}).
     */
    public enum State { UNCHANGED, CHANGED, MISSING, OUTSIDE, NETWORK, NOT_REGULAR, TOO_LARGE, DENIED, UNREADABLE, BUDGET }

    /** Whether a path as written in a file is a network (UNC) path, which Demarc never opens. */
    static boolean network(String asWritten) {
        return asWritten.replace('\\', '/').startsWith("//");
    }

    /**
     * The file, if Demarc may read it: not a network (UNC) path, which on Windows would send the
     * user's credentials to whatever server it names; a regular file, not a device or a pipe;
     * no larger than {@link #MAX_EVIDENCE_BYTES} as far as the file system says (the hashing
     * counts the bytes too).
     */
    static Path readable(String asWritten, Path path) throws IOException {
        if (network(asWritten)) {
            throw new IOException(Messages.get("evidence.network", asWritten));
        }
        Path file = path.toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(Messages.get("evidence.notRegular", file));
        }
        long size = Files.size(file);
        if (size > MAX_EVIDENCE_BYTES) {
            throw new IOException(Messages.get("evidence.tooLarge", file, MAX_EVIDENCE_BYTES));
        }
        return file;
    }

    /**
     * The path with '/' separators, relative to the project file's folder when the evidence lies
     * under it (so the folder can move as a whole), absolute otherwise.
     */
    public static String portablePath(Path projectFile, Path evidence) {
        Path file = evidence.toAbsolutePath().normalize();
        if (projectFile != null) {
            Path dir = projectFile.toAbsolutePath().normalize().getParent();
            if (dir != null && file.startsWith(dir)) {
                return slashes(dir.relativize(file));
            }
        }
        return slashes(file);
    }

    /** Where a reference points, for a project saved at {@code projectFile}. */
    public static Path resolve(Path projectFile, String portablePath) {
        Path p = Path.of(portablePath.replace('/', java.io.File.separatorChar));
        if (p.isAbsolute() || projectFile == null) {
            return p;
        }
        return projectFile.toAbsolutePath().getParent().resolve(p).normalize();
    }

    private static String slashes(Path p) {
        return p.toString().replace(java.io.File.separatorChar, '/');
    }

    /** A file's hash and the bytes it took. */
    record Hashed(String sha256, long bytes) {
    }

    /**
     * Hashes at most {@code limit} bytes, counting them whatever the file system said the size
     * was; null when the file holds more. {@code checkpoint} runs between chunks (cancelling).
     */
    static Hashed sha256(FileOps ops, Path file, long limit, Runnable checkpoint) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[CHUNK];
        long total = 0;
        try (InputStream in = ops.newInputStream(file)) {
            int n;
            while ((n = in.readNBytes(buf, 0, (int) Math.min(buf.length, limit - total + 1))) > 0) {
                total += n;
                if (total > limit) {
                    return null;
                }
                digest.update(buf, 0, n);
                checkpoint.run();
            }
        }
        return new Hashed(HexFormat.of().formatHex(digest.digest()), total);
    }
}
