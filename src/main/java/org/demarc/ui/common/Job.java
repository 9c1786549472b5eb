package org.demarc.ui.common;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

import javafx.beans.property.BooleanProperty;

/** One background job being described: its callbacks, then {@link #start()}. */
public final class Job<T> {
    private final Tasks tasks;
    private final Tasks.Work<T> work;
    private Consumer<T> onSuccess = v -> { };
    private Consumer<Throwable> onError;
    private Runnable onCancelled = () -> { };
    private Runnable andFinally = () -> { };
    private DoubleConsumer onProgress = f -> { };
    private Consumer<String> onMessage = m -> { };
    private BooleanProperty busy;

    Job(Tasks tasks, Tasks.Work<T> work) {
        this.tasks = tasks;
        this.work = work;
    }

    /** Runs after the job has stopped being busy. */
    public Job<T> onSuccess(Consumer<T> action) {
        this.onSuccess = action;
        return this;
    }

    public Job<T> onError(Consumer<Throwable> action) {
        this.onError = action;
        return this;
    }

    /** When the work stopped because it was cancelled; a cancel is not an error. */
    public Job<T> onCancelled(Runnable action) {
        this.onCancelled = action;
        return this;
    }

    /** Each fraction the work reports, on the callback thread (bursts collapse into the latest). */
    public Job<T> onProgress(DoubleConsumer action) {
        this.onProgress = action;
        return this;
    }

    public Job<T> onMessage(Consumer<String> action) {
        this.onMessage = action;
        return this;
    }

    /** Sets {@code flag} while the job runs; it is cleared before any outcome callback. */
    public Job<T> busy(BooleanProperty flag) {
        this.busy = flag;
        return this;
    }

    /** After success, error or cancel. */
    public Job<T> andFinally(Runnable action) {
        this.andFinally = action;
        return this;
    }

    /**
     * Starts the work; call it on the callback thread (the FX thread).
     *
     * @throws IllegalStateException when neither this job nor its {@code Tasks} handles errors
     */
    public RunningJob<T> start() {
        Consumer<Throwable> errors = onError != null ? onError : tasks.defaultOnError();
        if (errors == null) {
            throw new IllegalStateException("A background job needs an error handler");
        }
        BooleanProperty flag = busy;
        Runnable ended = () -> {
            tasks.jobEnded();
            if (flag != null) {
                flag.set(false);
            }
        };
        RunningJob<T> job = new RunningJob<>(tasks.callbacks(), new RunningJob.Callbacks<>(onSuccess, errors,
                onCancelled, andFinally, ended, onProgress, onMessage));
        tasks.jobStarted();
        if (flag != null) {
            flag.set(true);
        }
        tasks.worker().execute(() -> job.execute(work));
        return job;
    }
}
