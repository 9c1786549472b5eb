package org.demarc.project.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.demarc.model.Assessment;

/**
 * Writes unsaved work to the recovery journal at most {@code delay} after a change, however fast
 * changes come (a burst of keystrokes is one write, never postponed indefinitely). One thread
 * writes, so a clear is never overtaken by an older write.
 */
public final class JournalScheduler implements AutoCloseable {
    private final RecoveryJournal journal;
    private final long delayMillis;
    private final Consumer<IOException> onError;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "demarc-journal");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Pending> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    private record Pending(Assessment assessment, Path origin) {
    }

    public JournalScheduler(RecoveryJournal journal, Duration delay, Consumer<IOException> onError) {
        this.journal = journal;
        this.delayMillis = delay.toMillis();
        this.onError = onError;
    }

    /** Records that {@code current} is the unsaved state; it reaches the journal within the delay. */
    public void changed(Assessment current, Path origin) {
        latest.set(new Pending(current, origin));
        if (scheduled.compareAndSet(false, true)) {
            writer.schedule(this::writeLatest, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void writeLatest() {
        scheduled.set(false);
        Pending p = latest.getAndSet(null);
        if (p != null) {
            try {
                journal.record(p.assessment(), p.origin());
            } catch (IOException e) {
                onError.accept(e);
            } catch (RuntimeException e) {
                onError.accept(new IOException(e));
            }
        }
    }

    /** Drops pending work and deletes the journal (after a save, or when the user discards). */
    public void clear() {
        latest.set(null);
        writer.execute(() -> {
            try {
                journal.clear();
            } catch (IOException e) {
                onError.accept(e);
            }
        });
    }

    /** Writes what is pending now and waits for the writer (before the program exits). */
    public void flush() {
        try {
            writer.submit(this::writeLatest).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            onError.accept(new IOException(e));
        }
    }

    @Override
    public void close() {
        writer.shutdown();
    }
}
