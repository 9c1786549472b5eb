package org.demarc.assessment;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.demarc.assessment.EvidenceReferences.State;
import org.demarc.io.FileOps;
import org.demarc.model.EvidenceReference;

/**
 * Checks the evidence references of one export against the files, without letting a project file
 * turn Demarc into an oracle for the files of whoever exports it, or into hours of hashing.
 * <ul>
 * <li>Only references under the project's folder, or under a folder the user named, are checked;
 *     any other is reported as outside without being touched (no exists, size or hash answer), and
 *     so is a link inside that leads outside. Network (UNC) paths are never touched either.</li>
 * <li>Bytes are counted while hashing: a file stops at {@link #perFileLimit} whatever its size
 *     said (a file in /proc says 0), and the export stops hashing after {@link #totalLimit} bytes.</li>
 * <li>Each distinct file (after links are resolved) is read once, however many references it has.</li>
 * </ul>
 * One instance per export; not thread-safe.
 */
public final class EvidenceCheck {
    /** The bytes one export may read for evidence, over all its files. */
    public static final long MAX_TOTAL_BYTES = 4 * EvidenceReferences.MAX_EVIDENCE_BYTES;

    private final Path projectFile;
    private final List<Path> roots = new ArrayList<>();
    private final FileOps ops;
    private final long perFileLimit;
    private final long totalLimit;
    private final Map<Path, Outcome> seen = new HashMap<>();
    private List<Path> realRoots;
    private long bytesRead;

    /** A file's result: its hash, or the state that says why it has none. */
    private record Outcome(String sha256, State failure) {
    }

    /** For a project saved at {@code projectFile}; {@code extraRoots} are further folders the user confirmed. */
    public EvidenceCheck(Path projectFile, List<Path> extraRoots) {
        this(projectFile, extraRoots, FileOps.SYSTEM, EvidenceReferences.MAX_EVIDENCE_BYTES, MAX_TOTAL_BYTES);
    }

    public EvidenceCheck(Path projectFile, List<Path> extraRoots, FileOps ops, long perFileLimit, long totalLimit) {
        this.projectFile = projectFile.toAbsolutePath().normalize();
        roots.add(this.projectFile.getParent());
        extraRoots.forEach(r -> roots.add(r.toAbsolutePath().normalize()));
        this.ops = ops;
        this.perFileLimit = perFileLimit;
        this.totalLimit = totalLimit;
    }

    public long perFileLimit() {
        return perFileLimit;
    }

    public long totalLimit() {
        return totalLimit;
    }

    /** The bytes read so far. */
    public long bytesRead() {
        return bytesRead;
    }

    /** The reference's state; {@code checkpoint} runs while hashing and may throw to cancel. */
    public State check(EvidenceReference ref, Runnable checkpoint) {
        if (EvidenceReferences.network(ref.path())) {
            return State.NETWORK;
        }
        Path written = EvidenceReferences.resolve(projectFile, ref.path()).toAbsolutePath().normalize();
        if (!under(written, roots)) {
            return State.OUTSIDE;
        }
        Path real;
        try {
            real = ops.toRealPath(written);
        } catch (NoSuchFileException e) {
            return State.MISSING;
        } catch (AccessDeniedException e) {
            return State.DENIED;
        } catch (IOException | RuntimeException e) {
            return State.UNREADABLE;
        }
        if (!under(real, realRoots())) {
            return State.OUTSIDE;
        }
        Outcome outcome = seen.get(real);
        if (outcome == null) {
            outcome = hash(real, checkpoint);
            if (outcome.failure() != State.BUDGET) {
                seen.put(real, outcome);
            }
        }
        if (outcome.failure() != null) {
            return outcome.failure();
        }
        return outcome.sha256().equals(ref.sha256()) ? State.UNCHANGED : State.CHANGED;
    }

    private Outcome hash(Path real, Runnable checkpoint) {
        try {
            BasicFileAttributes attrs = ops.attributes(real);
            if (!attrs.isRegularFile()) {
                return new Outcome(null, State.NOT_REGULAR);
            }
            if (attrs.size() > perFileLimit) {
                return new Outcome(null, State.TOO_LARGE);
            }
            long left = totalLimit - bytesRead;
            if (left <= 0 || attrs.size() > left) {
                return new Outcome(null, State.BUDGET);
            }
            long limit = Math.min(perFileLimit, left);
            EvidenceReferences.Hashed hashed = EvidenceReferences.sha256(ops, real, limit, checkpoint);
            bytesRead += hashed == null ? limit : hashed.bytes();
            if (hashed == null) {
                return new Outcome(null, limit == perFileLimit ? State.TOO_LARGE : State.BUDGET);
            }
            return new Outcome(hashed.sha256(), null);
        } catch (NoSuchFileException e) {
            return new Outcome(null, State.MISSING);
        } catch (AccessDeniedException e) {
            return new Outcome(null, State.DENIED);
        } catch (IOException e) {
            return new Outcome(null, State.UNREADABLE);
        }
    }

    private List<Path> realRoots() {
        if (realRoots == null) {
            realRoots = new ArrayList<>();
            for (Path r : roots) {
                try {
                    realRoots.add(ops.toRealPath(r));
                } catch (IOException | RuntimeException e) {
                    realRoots.add(r);
                }
            }
        }
        return realRoots;
    }

    private static boolean under(Path file, List<Path> roots) {
        return roots.stream().anyMatch(file::startsWith);
    }
}
