package org.demarc.ui.shell;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;
import org.demarc.catalog.BuiltInCatalog;
import org.demarc.catalog.json.InvalidFileException;
import org.demarc.catalog.json.Loaded;
import org.demarc.model.Assessment;
import org.demarc.model.Engagement;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.model.Problem;
import org.demarc.project.ProjectFiles;
import org.demarc.project.Samples;
import org.demarc.project.journal.RecoveryJournal;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Tasks;
import org.demarc.ui.common.UiPreferences;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.wizard.start.StartView;

/**
 * New, open, save, save as, close: file work off the FX thread, every failure explained, unsaved
 * work never dropped without asking, and a recovery journal written a second after each change.
 */
public final class FileActions implements StartView.Actions {
    static final Duration JOURNAL_DELAY = Duration.seconds(1);

    private final AssessmentSession session;
    private final DialogService dialogs;
    private final UiPreferences prefs;
    private final RecoveryJournal journal;
    private final Clock clock;
    private final ProjectFiles files = new ProjectFiles();
    private final PauseTransition journalTimer = new PauseTransition(JOURNAL_DELAY);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** One thread for the journal, so a clear can never be overtaken by an older write. */
    private final ExecutorService journalWriter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "demarc-journal");
        t.setDaemon(true);
        return t;
    });

    public FileActions(AssessmentSession session, DialogService dialogs, UiPreferences prefs, RecoveryJournal journal,
                       Clock clock) {
        this.session = session;
        this.dialogs = dialogs;
        this.prefs = prefs;
        this.journal = journal;
        this.clock = clock;
        journalTimer.setOnFinished(e -> writeJournal());
        session.assessmentProperty().addListener((obs, o, n) -> {
            if (n != null && session.isDirty()) {
                journalTimer.playFromStart();
            }
        });
    }

    /** The last thing worth telling the user in the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public static String actor() {
        return System.getProperty("user.name", "");
    }

    // ---------------------------------------------------------------- start actions

    @Override
    public void newAssessment() {
        if (!confirmDiscard()) {
            return;
        }
        Assessment a = Assessment.create(Engagement.empty(), BuiltInCatalog.load(),
                new HistoryEvent(Instant.now(clock), HistoryKind.CREATED, actor(), ""));
        session.load(a, null, true);
        message.set(I18n.t("statusbar.new"));
    }

    @Override
    public void open() {
        Path folder = prefs.recentFiles().stream().map(Path::getParent).filter(p -> p != null).findFirst().orElse(null);
        dialogs.chooseProjectToOpen(folder).ifPresent(this::open);
    }

    @Override
    public void open(Path file) {
        if (!confirmDiscard()) {
            return;
        }
        message.set(I18n.t("statusbar.opening", file.getFileName()));
        Tasks.create(() -> files.open(file))
                .onSuccess(loaded -> opened(file, loaded))
                .onError(err -> openFailed(file, err))
                .start();
    }

    private void opened(Path file, Loaded<Assessment> loaded) {
        session.load(loaded.value(), file.toAbsolutePath(), false);
        prefs.addRecent(file);
        clearJournal();
        message.set(loaded.warnings().isEmpty() ? I18n.t("statusbar.opened", file.getFileName())
                : I18n.t("statusbar.openedWithWarnings", file.getFileName(), loaded.warnings().size()));
        if (!loaded.warnings().isEmpty()) {
            dialogs.showError(I18n.t("open.warnings.title"), I18n.t("open.warnings.message", file.getFileName()),
                    loaded.warnings().stream().map(Problem::describe).toList());
        }
    }

    private void openFailed(Path file, Throwable err) {
        message.set(I18n.t("statusbar.openFailed", file.getFileName()));
        if (err instanceof InvalidFileException invalid) {
            dialogs.showError(I18n.t("open.failed.title"), I18n.t("open.failed.invalid", file),
                    invalid.problems().stream().map(Problem::describe).toList());
        } else {
            if (err instanceof NoSuchFileException) {
                prefs.removeRecent(file);
            }
            dialogs.showError(I18n.t("open.failed.title"), I18n.t("open.failed.io", file, reason(err)), List.of());
        }
    }

    /** The sample opens as an untitled copy, so Save asks where and never overwrites it. */
    @Override
    public void openSample() {
        if (!confirmDiscard()) {
            return;
        }
        session.load(Samples.webshop(), null, false);
        message.set(I18n.t("statusbar.sample"));
    }

    public void recover(RecoveryJournal.Recovered r) {
        session.load(r.assessment(), r.origin(), true);
        message.set(I18n.t("statusbar.recovered"));
    }

    // ---------------------------------------------------------------- saving

    public void save() {
        Path file = session.fileProperty().get();
        if (file == null) {
            saveAs();
        } else {
            saveTo(file);
        }
    }

    public void saveAs() {
        Path current = session.fileProperty().get();
        Path folder = current == null ? null : current.getParent();
        String suggested = current == null ? suggestedName() : current.getFileName().toString();
        dialogs.chooseProjectToSave(folder, suggested).ifPresent(this::saveTo);
    }

    private String suggestedName() {
        String title = session.assessment() == null ? "" : session.assessment().engagement().title();
        String safe = title.replaceAll("[^\\p{L}\\p{N} ._-]", "").strip();
        return (safe.isEmpty() ? I18n.t("file.untitled") : safe) + ".demarc";
    }

    private void saveTo(Path file) {
        Assessment snapshot = session.assessment();
        if (snapshot == null) {
            return;
        }
        message.set(I18n.t("statusbar.saving", file.getFileName()));
        Tasks.create(() -> {
            files.save(snapshot, file);
            return snapshot;
        }).onSuccess(saved -> {
            session.markSaved(file.toAbsolutePath(), saved);
            prefs.addRecent(file);
            if (!session.isDirty()) {
                clearJournal();
            }
            message.set(I18n.t("statusbar.saved", file.getFileName()));
        }).onError(err -> saveFailed(file, err)).start();
    }

    /** Synchronous save for the close path; true when the work is safe. */
    private boolean saveNow() {
        Path file = session.fileProperty().get();
        if (file == null) {
            Path folder = null;
            file = dialogs.chooseProjectToSave(folder, suggestedName()).orElse(null);
            if (file == null) {
                return false;
            }
        }
        Assessment snapshot = session.assessment();
        try {
            files.save(snapshot, file);
            session.markSaved(file.toAbsolutePath(), snapshot);
            prefs.addRecent(file);
            clearJournal();
            return true;
        } catch (IOException | RuntimeException e) {
            saveFailed(file, e);
            return false;
        }
    }

    private void saveFailed(Path file, Throwable err) {
        message.set(I18n.t("statusbar.saveFailed", file.getFileName()));
        dialogs.showError(I18n.t("save.failed.title"), I18n.t("save.failed.message", file, reason(err)), List.of());
    }

    static String reason(Throwable err) {
        if (err instanceof NoSuchFileException e) {
            return I18n.t("io.folderMissing", e.getFile());
        }
        if (err instanceof AccessDeniedException) {
            return I18n.t("io.accessDenied");
        }
        if (err instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return err.getMessage() == null ? err.getClass().getSimpleName() : err.getMessage();
    }

    // ---------------------------------------------------------------- closing

    public void close() {
        if (confirmDiscard()) {
            session.close();
            clearJournal();
        }
    }

    /** True when there is nothing unsaved, or the user saved or chose to discard it. */
    public boolean confirmDiscard() {
        if (session.assessment() == null || !session.isDirty()) {
            return true;
        }
        Path file = session.fileProperty().get();
        String name = file == null ? I18n.t("file.untitled") : file.getFileName().toString();
        return switch (dialogs.askUnsaved(name)) {
            case SAVE -> saveNow();
            case DISCARD -> {
                clearJournal();
                session.dirtyProperty().set(false);
                yield true;
            }
            case CANCEL -> false;
        };
    }

    // ---------------------------------------------------------------- journal

    private void writeJournal() {
        Assessment snapshot = session.assessment();
        Path origin = session.fileProperty().get();
        if (snapshot == null || !session.isDirty()) {
            return;
        }
        journalWriter.execute(() -> {
            try {
                journal.record(snapshot, origin);
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> message.set(I18n.t("statusbar.journalFailed", reason(e))));
            }
        });
    }

    /** Writes pending journal work now and waits for it (before the program exits). */
    public void flushJournal() {
        if (journalTimer.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            journalTimer.stop();
            writeJournal();
        }
        try {
            journalWriter.submit(() -> { }).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            message.set(I18n.t("statusbar.journalFailed", reason(e)));
        }
    }

    private void clearJournal() {
        journalTimer.stop();
        journalWriter.execute(() -> {
            try {
                journal.clear();
            } catch (IOException e) {
                Platform.runLater(() -> message.set(I18n.t("statusbar.journalFailed", reason(e))));
            }
        });
    }
}
