package org.demarc.ui.wizard.export;

import java.nio.file.Path;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.demarc.ui.common.FileOpener;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.RunningJob;
import org.demarc.ui.common.Tasks;

/**
 * One export at a time in the background, whatever it writes: how far it is, what it does now,
 * its outcome in words, cancelling it, and the file it wrote for "Open" and "Show in folder".
 */
final class ExportRun {
    private final Tasks tasks;
    private final FileOpener opener;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>();
    private RunningJob<Path> running;

    ExportRun(Tasks tasks, FileOpener opener) {
        this.tasks = tasks;
        this.opener = opener;
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    boolean isBusy() {
        return busy.get();
    }

    /**
     * Starts {@code work}, which returns the file it wrote; {@code done} words its success,
     * {@code failure} its failure, and {@code cleanup} runs at the end however it ended.
     */
    RunningJob<Path> start(Tasks.Work<Path> work, Function<Path, String> done, Function<Throwable, String> failure,
                           Runnable cleanup) {
        progress.set(0);
        result.set("");
        written.set(null);
        running = tasks.job(work).busy(busy)
                .onProgress(progress::set)
                .onMessage(step::set)
                .onSuccess(path -> {
                    progress.set(1);
                    result.set(done.apply(path));
                    written.set(path);
                })
                .onCancelled(() -> result.set(I18n.t("export.cancelled")))
                .onError(err -> result.set(failure.apply(err)))
                .andFinally(() -> {
                    // Cancelled before it began, the job never ran to wipe the password.
                    cleanup.run();
                    step.set("");
                }).start();
        return running;
    }

    void cancel() {
        if (running != null && busy.get()) {
            running.cancel();
            step.set(I18n.t("export.cancelling"));
        }
    }

    /** Opens the file last written in its program, off the FX thread. */
    void openWritten() {
        onDesktop(opener::open);
    }

    /** Shows the file last written in the file manager, off the FX thread. */
    void showWrittenInFolder() {
        onDesktop(opener::showInFolder);
    }

    private interface DesktopCall {
        void on(Path file) throws Exception;
    }

    private void onDesktop(DesktopCall call) {
        Path file = written.get();
        if (file == null) {
            return;
        }
        tasks.job(p -> {
            call.on(file);
            return file;
        }).onSuccess(f -> { }).onError(err -> result.set(I18n.t("export.open.failed", file.getFileName(),
                Tasks.describe(err)))).start();
    }
}
