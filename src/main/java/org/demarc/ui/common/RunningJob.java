package org.demarc.ui.common;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A started job: its progress, message and running state (updated on the callback thread), and
 * cancel. Cancelling asks the work to stop; whether it did is the work's answer: a
 * {@link CancellationException} (or an interrupt) means cancelled, a result means it finished
 * anyway and counts as success, since what it did has been done.
 */
public final class RunningJob<T> implements Tasks.Progress {
    record Callbacks<T>(Consumer<T> onSuccess, Consumer<Throwable> onError, Runnable onCancelled,
                        Runnable andFinally, Runnable ended, DoubleConsumer onProgress, Consumer<String> onMessage) {
    }

    /** Progress waiting to be shown; bursts from the worker collapse into one callback. */
    private record Update(double fraction, String message) {
        Update then(Update next) {
            return new Update(Double.isNaN(next.fraction) ? fraction : next.fraction,
                    next.message == null ? message : next.message);
        }
    }

    private final Executor callbacks;
    private final Callbacks<T> on;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Update> pending = new AtomicReference<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);

    RunningJob(Executor callbacks, Callbacks<T> on) {
        this.callbacks = callbacks;
        this.on = on;
    }

    /** -1 until the work reports a fraction. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Asks the work to stop; work not yet begun never starts. */
    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void update(double fraction, String text) {
        post(new Update(fraction, text));
    }

    @Override
    public void message(String text) {
        post(new Update(Double.NaN, text));
    }

    private void post(Update u) {
        if (pending.getAndAccumulate(u, (before, next) -> before == null ? next : before.then(next)) == null) {
            callbacks.execute(this::deliver);
        }
    }

    private void deliver() {
        Update u = pending.getAndSet(null);
        if (u == null || !running.get()) {
            return;
        }
        if (!Double.isNaN(u.fraction())) {
            progress.set(u.fraction());
            on.onProgress().accept(u.fraction());
        }
        if (u.message() != null) {
            message.set(u.message());
            on.onMessage().accept(u.message());
        }
    }

    /** On the worker thread. */
    void execute(Tasks.Work<T> work) {
        T value = null;
        Throwable error = null;
        boolean stopped = cancelled.get();
        if (!stopped) {
            try {
                value = work.run(this);
            } catch (CancellationException | InterruptedException e) {
                stopped = true;
            } catch (Throwable e) {
                error = e;
            }
        }
        T result = value;
        Throwable failure = error;
        boolean wasCancelled = stopped;
        callbacks.execute(() -> finish(result, failure, wasCancelled));
    }

    private void finish(T value, Throwable error, boolean wasCancelled) {
        // Not busy any more before anyone hears the outcome.
        running.set(false);
        on.ended().run();
        try {
            if (wasCancelled) {
                on.onCancelled().run();
            } else if (error != null) {
                on.onError().accept(error);
            } else {
                on.onSuccess().accept(value);
            }
        } finally {
            on.andFinally().run();
        }
    }
}
