package org.demarc.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.concurrent.Task;

/**
 * The one way to run slow work off the FX thread: success, error and finally callbacks run on the
 * FX thread, and {@link #busyProperty()} is true while anything runs (bound to the status bar).
 */
public final class Tasks {
    private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "demarc-background");
        t.setDaemon(true);
        return t;
    });
    private static final IntegerProperty RUNNING = new SimpleIntegerProperty();
    private static final ReadOnlyBooleanWrapper BUSY = new ReadOnlyBooleanWrapper();

    static {
        BUSY.bind(RUNNING.greaterThan(0));
    }

    private Tasks() {
    }

    public static ReadOnlyBooleanProperty busyProperty() {
        return BUSY.getReadOnlyProperty();
    }

    public static <T> Builder<T> create(Callable<T> work) {
        return new Builder<>(work);
    }

    /** Fluent description of one background job. */
    public static final class Builder<T> {
        private final Callable<T> work;
        private Consumer<T> onSuccess = v -> { };
        private Consumer<Throwable> onError = e -> { };
        private Runnable andFinally = () -> { };

        private Builder(Callable<T> work) {
            this.work = work;
        }

        public Builder<T> onSuccess(Consumer<T> action) {
            this.onSuccess = action;
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> action) {
            this.onError = action;
            return this;
        }

        public Builder<T> andFinally(Runnable action) {
            this.andFinally = action;
            return this;
        }

        public Task<T> start() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }
            };
            task.setOnSucceeded(e -> {
                try {
                    onSuccess.accept(task.getValue());
                } finally {
                    done();
                }
            });
            task.setOnFailed(e -> {
                try {
                    onError.accept(task.getException());
                } finally {
                    done();
                }
            });
            task.setOnCancelled(e -> done());
            runOnFx(() -> RUNNING.set(RUNNING.get() + 1));
            EXECUTOR.execute(task);
            return task;
        }

        private void done() {
            RUNNING.set(RUNNING.get() - 1);
            andFinally.run();
        }
    }

    private static void runOnFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
