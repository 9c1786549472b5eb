package org.demarc.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.demarc.ui.ScriptedDialogs;
import org.junit.jupiter.api.Test;

/** The background helper, run synchronously or stepwise: no toolkit, no threads, no waiting. */
class TasksTest {
    private final List<String> events = new ArrayList<>();
    private final Tasks synchronous = new Tasks(Runnable::run, Runnable::run);

    @Test
    void synchronousJobsRunAtOnceAndReportProgressAndMessages() {
        RunningJob<String> job = synchronous.<String>job(p -> {
            p.update(0.25, "first");
            p.update(0.75, null);
            p.message("second");
            return "done";
        }).onSuccess(v -> events.add("success " + v)).onError(e -> events.add("error")).start();
        assertThat(events).containsExactly("success done");
        assertThat(job.runningProperty().get()).isFalse();
        assertThat(job.messageProperty().get()).isEqualTo("second");
        assertThat(job.progressProperty().get()).isEqualTo(0.75);

        RunningJob<Integer> silent = synchronous.job(p -> 1).onError(e -> { }).start();
        assertThat(silent.progressProperty().get()).as("no fraction reported").isEqualTo(-1.0);
    }

    @Test
    void busyIsClearedBeforeTheSuccessCallbackAndFinallyRunsLast() {
        List<Boolean> busyInCallback = new ArrayList<>();
        RunningJob<?>[] job = new RunningJob<?>[1];
        Deque<Runnable> worker = new ArrayDeque<>();
        Tasks stepwise = new Tasks(worker::add, Runnable::run);
        job[0] = stepwise.job(p -> 42).onSuccess(v -> {
            busyInCallback.add(stepwise.runningProperty().get());
            busyInCallback.add(job[0].runningProperty().get());
            events.add("success");
        }).onError(e -> events.add("error")).andFinally(() -> events.add("finally")).start();
        assertThat(stepwise.runningProperty().get()).as("busy while queued").isTrue();
        assertThat(job[0].runningProperty().get()).isTrue();
        worker.pop().run();
        assertThat(busyInCallback).containsExactly(false, false);
        assertThat(events).containsExactly("success", "finally");
    }

    @Test
    void anErrorReachesItsHandlerAndIsNeverSwallowed() {
        List<Throwable> seen = new ArrayList<>();
        synchronous.job(p -> {
            throw new IOException("disk full");
        }).onSuccess(v -> events.add("success")).onError(seen::add).andFinally(() -> events.add("finally")).start();
        assertThat(seen).singleElement().satisfies(e -> assertThat(e).hasMessage("disk full"));
        assertThat(events).containsExactly("finally");

        assertThatThrownBy(() -> synchronous.job(p -> 1).start()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("error handler");
        assertThat(synchronous.runningProperty().get()).as("a refused job never counts as running").isFalse();
    }

    @Test
    void withoutItsOwnHandlerAnErrorIsShownThroughTheDialogService() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        synchronous.reportingErrorsTo(dialogs).job(p -> {
            throw new IOException("Permission denied: /reports/q.pdf");
        }).start();
        assertThat(dialogs.errors).containsExactly("Something went wrong: Permission denied: /reports/q.pdf");
        synchronous.reportingErrorsTo(dialogs).job(p -> {
            throw new IllegalStateException();
        }).start();
        assertThat(dialogs.errors).last().isEqualTo("Something went wrong: IllegalStateException");
    }

    @Test
    void cancelStopsTheWorkWhereItLooksAndIsNotAnError() {
        Deque<Runnable> worker = new ArrayDeque<>();
        Tasks stepwise = new Tasks(worker::add, Runnable::run);
        List<Integer> stepsDone = new ArrayList<>();
        RunningJob<String> job = stepwise.<String>job(p -> {
            for (int i = 0; i < 10; i++) {
                if (p.isCancelled()) {
                    throw new CancellationException();
                }
                stepsDone.add(i);
            }
            return "finished";
        }).onSuccess(v -> events.add("success")).onError(e -> events.add("error"))
                .onCancelled(() -> events.add("cancelled")).andFinally(() -> events.add("finally")).start();
        job.cancel();
        worker.pop().run();
        assertThat(stepsDone).as("cancelled before it began: the work never starts").isEmpty();
        assertThat(events).containsExactly("cancelled", "finally");
        assertThat(stepwise.runningProperty().get()).isFalse();

        events.clear();
        RunningJob<?>[] midway = new RunningJob<?>[1];
        midway[0] = stepwise.job(p -> {
            for (int i = 0; i < 10; i++) {
                if (i == 3) {
                    midway[0].cancel();
                }
                if (p.isCancelled()) {
                    throw new CancellationException();
                }
                stepsDone.add(i);
            }
            return "finished";
        }).onSuccess(v -> events.add("success")).onError(e -> events.add("error"))
                .onCancelled(() -> events.add("cancelled")).start();
        worker.pop().run();
        assertThat(stepsDone).containsExactly(0, 1, 2);
        assertThat(events).containsExactly("cancelled");
    }

    @Test
    void workThatFinishesDespiteACancelCountsAsDone() {
        Deque<Runnable> worker = new ArrayDeque<>();
        RunningJob<?>[] job = new RunningJob<?>[1];
        job[0] = new Tasks(worker::add, Runnable::run).job(p -> {
            job[0].cancel();
            return "written";
        }).onSuccess(v -> events.add("success " + v)).onError(e -> events.add("error"))
                .onCancelled(() -> events.add("cancelled")).start();
        worker.pop().run();
        assertThat(events).containsExactly("success written");
    }

    @Test
    void progressFromABusyWorkerCollapsesIntoTheLatestValue() {
        Deque<Runnable> fx = new ArrayDeque<>();
        Deque<Runnable> worker = new ArrayDeque<>();
        Tasks queued = new Tasks(worker::add, fx::add);
        RunningJob<Void> job = queued.<Void>job(p -> {
            p.update(0.1, "cover");
            p.update(0.2, "summary");
            p.update(0.3, null);
            return null;
        }).onError(e -> { }).start();
        worker.pop().run();
        assertThat(fx).as("one progress delivery, then the outcome").hasSize(2);
        fx.pop().run();
        assertThat(job.progressProperty().get()).isEqualTo(0.3);
        assertThat(job.messageProperty().get()).isEqualTo("summary");
        fx.pop().run();
        assertThat(job.runningProperty().get()).isFalse();
    }
}
