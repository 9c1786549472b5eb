package org.demarc.project;

import java.io.IOException;
import java.nio.file.Path;

import org.demarc.io.FileStamp;

/**
 * The project file being edited: which file it is, the lock held on it, and what the file looked
 * like when last read or written here, so that a save can tell that someone else changed it on
 * disk. Plain file work without a toolkit: callers run it off the UI thread, one call at a time
 * (every method is synchronized, so the UI thread may read the state meanwhile).
 */
public final class OpenProject {
    private final ProjectLock.Holder me;
    private Path file;
    private Path lockedFile;
    private FileStamp stamp;

    public OpenProject(ProjectLock.Holder me) {
        this.me = me;
    }

    public ProjectLock.Holder me() {
        return me;
    }

    /** Whether {@code candidate} is the file whose lock is held here. */
    public synchronized boolean isLocked(Path candidate) {
        return candidate != null && candidate.equals(lockedFile);
    }

    /** Whether {@code candidate} is the file read or written here last. */
    public synchronized boolean isOpen(Path candidate) {
        return candidate != null && candidate.equals(file);
    }

    /** The file was read or written here and looked like {@code now}. */
    public synchronized void seen(Path at, FileStamp now) {
        file = at;
        stamp = now;
    }

    /**
     * Takes the lock of {@code project}, releasing any other lock held here first.
     *
     * @throws IOException when no lock can be written there (a read-only share): the work goes on
     *                     without one, and the previous lock is released all the same
     */
    public synchronized void acquire(Path project, boolean takeOver) throws IOException {
        if (project.equals(lockedFile) && !takeOver) {
            return;
        }
        releaseLock();
        ProjectLock.acquire(project, me, takeOver);
        lockedFile = project;
    }

    /** Nothing is open any more: the lock is released and the last-seen state forgotten. */
    public synchronized void close() throws IOException {
        file = null;
        stamp = null;
        releaseLock();
    }

    private void releaseLock() throws IOException {
        Path held = lockedFile;
        lockedFile = null;
        if (held != null) {
            ProjectLock.release(held, me);
        }
    }

    /**
     * True when {@code target} may be written without destroying someone else's change: it is not
     * the file read here, it still looks as it did when read or written here, or it is gone.
     */
    public boolean unchangedOnDisk(Path target) throws IOException {
        FileStamp expected;
        synchronized (this) {
            expected = target.equals(file) ? stamp : null;
        }
        if (expected == null) {
            return true;
        }
        FileStamp now = FileStamp.of(target);
        return now.equals(expected) || now.equals(FileStamp.MISSING);
    }
}
