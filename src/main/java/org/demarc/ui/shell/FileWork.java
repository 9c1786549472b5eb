package org.demarc.ui.shell;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One thread for the open project's file work (locks, the changed-on-disk check, saves), so that
 * none of it blocks the window and each runs after the one asked for before it: a release never
 * overtakes the acquire that follows it, a save never races the open that recorded the file.
 */
final class FileWork {
    /** File work the caller does not wait for; it can fail only with an I/O error. */
    interface Action {
        void run() throws IOException;
    }

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "demarc-files");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<IOException> onError;

    /** {@code onError} hears of failures of {@link #run} work, on the file-work thread. */
    FileWork(Consumer<IOException> onError) {
        this.onError = onError;
    }

    void run(Action action) {
        thread.execute(() -> {
            try {
                action.run();
            } catch (IOException e) {
                onError.accept(e);
            }
        });
    }

    /** Runs {@code work} in turn and waits for it; never call this on the FX thread. */
    <T> T call(Callable<T> work) throws Exception {
        try {
            return thread.submit(work).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Waits (a few seconds at most) until the work asked for so far has run. */
    void awaitIdle() {
        try {
            thread.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // A file system that hangs must not keep the program from quitting.
        }
    }
}
