package org.demarc.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.demarc.model.EvidenceReference;

/** Turns an evidence file the user picked into a reference: portable path, SHA-256 and size. */
public final class EvidenceReferences {
    /** Evidence files above this size are refused rather than hashed for minutes. */
    public static final long MAX_EVIDENCE_BYTES = 2L * 1024 * 1024 * 1024;

    private EvidenceReferences() {
    }

    public static EvidenceReference attach(Path projectFile, Path evidence, String description)
            throws IOException {
        Path file = readable(evidence.toString(), evidence);
        return new EvidenceReference(portablePath(projectFile, file), sha256(file), Files.size(file), description);
    }

    /** What an evidence file looks like now compared with when it was attached. */
    public enum State { UNCHANGED, CHANGED, MISSING, REFUSED }

    /**
     * Re-checks a reference (for the report): the file is hashed again only if it is a regular
     * local file within the size limit; a network path, device or pipe is refused, never opened.
     */
    public static State check(Path projectFile, EvidenceReference ref) {
        Path file;
        try {
            file = readable(ref.path(), resolve(projectFile, ref.path()));
        } catch (java.nio.file.NoSuchFileException e) {
            return State.MISSING;
        } catch (IOException | RuntimeException e) {
            return State.REFUSED;
        }
        try {
            return sha256(file).equals(ref.sha256()) ? State.UNCHANGED : State.CHANGED;
        } catch (IOException e) {
            return State.MISSING;
        }
    }

    /**
     * The file, if Demarc may read it: not a network (UNC) path, which on Windows would send the
     * user's credentials to whatever server it names; a regular file, not a device or a pipe;
     * no larger than {@link #MAX_EVIDENCE_BYTES}.
     */
    static Path readable(String asWritten, Path path) throws IOException {
        String p = asWritten.replace('\\', '/');
        if (p.startsWith("//")) {
            throw new IOException(org.demarc.model.Messages.get("evidence.network", asWritten));
        }
        Path file = path.toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(org.demarc.model.Messages.get("evidence.notRegular", file));
        }
        long size = Files.size(file);
        if (size > MAX_EVIDENCE_BYTES) {
            throw new IOException(org.demarc.model.Messages.get("evidence.tooLarge", file, MAX_EVIDENCE_BYTES));
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

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
