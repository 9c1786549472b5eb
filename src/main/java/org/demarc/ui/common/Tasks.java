package org.demarc.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The one way to run slow work off the FX thread. The work runs on the worker executor; its
 * progress and message, and the success, error, cancelled and finally callbacks, arrive on the
 * callback executor (the FX thread in the application, the caller's thread in tests, which pass
 * {@code Runnable::run} for both). A job is never busy when its success callback runs, so that
 * callback may ask the user something or start the next job. Errors are never dropped: a job
 * without an error handler is refused unless this {@code Tasks} has a default one
 * ({@link #reportingErrorsTo}).
 */
public final class Tasks {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "demarc-background");
        t.setDaemon(true);
        return t;
    });
    private static final Tasks SHARED = new Tasks(POOL, Tasks::onFxThread);

    /** Work that may report progress and should stop when asked. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What the work sees of its job: progress and message channels, and the cancel request. */
    public interface Progress {
        /** A fraction from 0 to 1 and what is being done now (null keeps the previous message). */
        void update(double fraction, String message);

        void message(String message);

        boolean isCancelled();
    }

    private final Executor worker;
    private final Executor callbacks;
    private final Consumer<Throwable> defaultOnError;
    private final IntegerProperty running;
    private final ReadOnlyBooleanWrapper busy;

    /** Jobs on {@code worker}, callbacks on {@code callbacks}; every job must name its error handler. */
    public Tasks(Executor worker, Executor callbacks) {
        this(worker, callbacks, null, new SimpleIntegerProperty());
    }

    private Tasks(Executor worker, Executor callbacks, Consumer<Throwable> defaultOnError, IntegerProperty running) {
        this.worker = Objects.requireNonNull(worker);
        this.callbacks = Objects.requireNonNull(callbacks);
        this.defaultOnError = defaultOnError;
        this.running = running;
        this.busy = new ReadOnlyBooleanWrapper();
        busy.bind(running.greaterThan(0));
    }

    /** The application's: two background threads, callbacks on the FX thread. */
    public static Tasks shared() {
        return SHARED;
    }

    /** True while any job of the application's {@link #shared()} tasks runs (the status bar). */
    public static ReadOnlyBooleanProperty busyProperty() {
        return SHARED.runningProperty();
    }

    /** A job on the {@link #shared()} tasks that only needs a result. */
    public static <T> Job<T> create(Callable<T> work) {
        return SHARED.job(progress -> work.call());
    }

    /** The same executors and busy count; a job without its own error handler reports through {@code handler}. */
    public Tasks withDefaultErrorHandler(Consumer<Throwable> handler) {
        return new Tasks(worker, callbacks, Objects.requireNonNull(handler), running);
    }

    /** Errors nobody handles are shown in an error dialog, worded by what the exception says. */
    public Tasks reportingErrorsTo(DialogService dialogs) {
        return withDefaultErrorHandler(err -> dialogs.showError(I18n.t("task.failed"), describe(err), List.of()));
    }

    /** An exception's message, or its kind when it has none. */
    public static String describe(Throwable err) {
        return err.getMessage() == null || err.getMessage().isBlank() ? err.getClass().getSimpleName() : err.getMessage();
    }

    /** True while any job started here (or in a copy sharing the count) runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return busy.getReadOnlyProperty();
    }

    public <T> Job<T> job(Work<T> work) {
        return new Job<>(this, work);
    }

    Executor worker() {
        return worker;
    }

    Executor callbacks() {
        return callbacks;
    }

    Consumer<Throwable> defaultOnError() {
        return defaultOnError;
    }

    /** Called on the callback thread around each job. */
    void jobStarted() {
        running.set(running.get() + 1);
    }

    void jobEnded() {
        running.set(running.get() - 1);
    }

    private static void onFxThread(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
