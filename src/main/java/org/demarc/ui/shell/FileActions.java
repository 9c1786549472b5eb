package org.demarc.ui.shell;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.demarc.catalog.BuiltInCatalog;
import org.demarc.io.InvalidFileException;
import org.demarc.io.Loaded;
import org.demarc.model.Assessment;
import org.demarc.model.Engagement;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.io.Problem;
import org.demarc.io.FileStamp;
import org.demarc.project.ProjectFiles;
import org.demarc.project.ProjectLock;
import org.demarc.project.Samples;
import org.demarc.project.journal.JournalScheduler;
import org.demarc.project.journal.RecoveryJournal;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Tasks;
import org.demarc.ui.common.UiPreferences;
import org.demarc.ui.interop.InteropActions;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.wizard.start.StartViewModel;

/**
 * New, open, save, save as, close: file work off the FX thread, every failure explained, unsaved
 * work never dropped without asking, and a recovery journal written a second after each change.
 */
public final class FileActions implements StartViewModel.Actions, InteropActions.Host {
    /** Unsaved work reaches the journal at most this long after a change. */
    static final java.time.Duration JOURNAL_DELAY = java.time.Duration.ofMillis(500);

    private final AssessmentSession session;
    private final DialogService dialogs;
    private final UiPreferences prefs;
    private final RecoveryJournal journal;
    private final Clock clock;
    private final ProjectFiles files;
    private final ProjectLock.Holder me;
    /** The file the lock is held on, and what it looked like when last read or written here. */
    private Path lockedFile;
    private FileStamp stamp;
    private final JournalScheduler journalWriter;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public FileActions(AssessmentSession session, DialogService dialogs, UiPreferences prefs, RecoveryJournal journal,
                       Clock clock) {
        this(session, dialogs, prefs, journal, clock, new ProjectFiles());
    }

    public FileActions(AssessmentSession session, DialogService dialogs, UiPreferences prefs, RecoveryJournal journal,
                       Clock clock, ProjectFiles files) {
        this.files = files;
        this.me = ProjectLock.Holder.current(Instant.now(clock));
        this.session = session;
        this.dialogs = dialogs;
        this.prefs = prefs;
        this.journal = journal;
        this.clock = clock;
        this.journalWriter = new JournalScheduler(journal, JOURNAL_DELAY,
                e -> Platform.runLater(() -> message.set(I18n.t("statusbar.journalFailed", reason(e)))));
        session.assessmentProperty().addListener((obs, o, n) -> {
            if (n != null && session.isDirty()) {
                journalWriter.changed(n, session.fileProperty().get());
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
        releaseLock();
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
        Path absolute = file.toAbsolutePath().normalize();
        Tasks.create(() -> new Opened(files.open(absolute), FileStamp.of(absolute), ProjectLock.holder(absolute)))
                .onSuccess(opened -> opened(absolute, opened))
                .onError(err -> openFailed(file, err))
                .start();
    }

    /** A project read from disk, how the file looked, and who holds its lock (if anyone). */
    private record Opened(Loaded<Assessment> loaded, FileStamp stamp, Optional<ProjectLock.Holder> holder) {
    }

    private void opened(Path file, Opened opened) {
        boolean readOnlyCopy = false;
        boolean takeOver = false;
        Optional<ProjectLock.Holder> holder = opened.holder().filter(h -> !h.isSameProcessAs(me));
        if (holder.isPresent()) {
            ProjectLock.Holder h = holder.get();
            switch (dialogs.askLocked(file.getFileName().toString(), h.user(), h.host(), h.since().toString(),
                    ProjectLock.isStale(h, Instant.now(clock)))) {
                case CANCEL -> {
                    message.set("");
                    return;
                }
                case READ_ONLY -> readOnlyCopy = true;
                case TAKE_OVER -> takeOver = true;
            }
        }
        releaseLock();
        if (!readOnlyCopy) {
            takeLock(file, takeOver);
        }
        Loaded<Assessment> loaded = opened.loaded();
        stamp = opened.stamp();
        session.load(loaded.value(), file, false, readOnlyCopy);
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
        releaseLock();
        session.load(Samples.webshop(), null, false);
        message.set(I18n.t("statusbar.sample"));
    }

    /** An assessment made from another (next year's from last year's): untitled, unsaved work. */
    @Override
    public void openDerived(Assessment derived, String statusMessage) {
        if (!confirmDiscard()) {
            return;
        }
        releaseLock();
        session.load(derived, null, true);
        message.set(statusMessage);
    }

    @Override
    public void showMessage(String statusMessage) {
        message.set(statusMessage);
    }

    public void recover(RecoveryJournal.Recovered r) {
        releaseLock();
        if (r.origin() != null && java.nio.file.Files.isRegularFile(r.origin())) {
            takeLock(r.origin(), false);
            try {
                stamp = FileStamp.of(r.origin());
            } catch (IOException e) {
                stamp = null;
            }
        }
        session.load(r.assessment(), r.origin(), true);
        message.set(I18n.t("statusbar.recovered"));
    }

    // ---------------------------------------------------------------- saving

    public void save() {
        Path file = session.fileProperty().get();
        if (file == null || session.viewOnlyProperty().get()) {
            saveAs();
        } else {
            saveTo(file);
        }
    }

    public void saveAs() {
        Path current = session.fileProperty().get();
        Path folder = current == null ? null : current.getParent();
        String suggested = current == null ? suggestedName() : current.getFileName().toString();
        dialogs.chooseProjectToSave(folder, suggested).ifPresent(target -> saveTo(target.toAbsolutePath().normalize()));
    }

    private String suggestedName() {
        String title = session.assessment() == null ? "" : session.assessment().engagement().title();
        String safe = title.replaceAll("[^\\p{L}\\p{N} ._-]", "").strip();
        return (safe.isEmpty() ? I18n.t("file.untitled") : safe) + ".demarc";
    }

    private void saveTo(Path file) {
        saveTo(file, false);
    }

    /**
     * Saves in the background. Saving over the open file first checks that nobody changed it on
     * disk since it was read or written here; if so, the user chooses.
     */
    private void saveTo(Path file, boolean overwriteChanges) {
        Assessment snapshot = session.assessment();
        if (snapshot == null) {
            return;
        }
        boolean sameFile = file.equals(lockedFile) || file.equals(session.fileProperty().get());
        FileStamp expected = sameFile && !overwriteChanges ? stamp : null;
        message.set(I18n.t("statusbar.saving", file.getFileName()));
        Tasks.create(() -> {
            if (expected != null && !FileStamp.of(file).equals(expected) && !FileStamp.of(file).equals(FileStamp.MISSING)) {
                return null;
            }
            byte[] bytes = org.demarc.project.ProjectWriter.toBytes(snapshot);
            files.save(snapshot, file);
            return FileStamp.of(bytes);
        }).onSuccess(newStamp -> {
            if (newStamp == null) {
                changedOnDisk(file);
                return;
            }
            saved(file, snapshot, newStamp);
        }).onError(err -> saveFailed(file, err)).start();
    }

    private void changedOnDisk(Path file) {
        message.set(I18n.t("statusbar.changedOnDisk", file.getFileName()));
        switch (dialogs.askChangedOnDisk(file.getFileName().toString())) {
            case OVERWRITE -> saveTo(file, true);
            case SAVE_AS -> saveAs();
            case CANCEL -> { }
        }
    }

    private void saved(Path file, Assessment snapshot, FileStamp newStamp) {
        if (!file.equals(lockedFile) && !session.viewOnlyProperty().get()) {
            releaseLock();
            takeLock(file, false);
        } else if (session.viewOnlyProperty().get()) {
            // A read-only copy saved elsewhere becomes that file's editable project.
            session.viewOnlyProperty().set(false);
            takeLock(file, false);
        }
        stamp = newStamp;
        session.markSaved(file, snapshot);
        prefs.addRecent(file);
        if (!session.isDirty()) {
            clearJournal();
        }
        message.set(I18n.t("statusbar.saved", file.getFileName()));
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
            Path target = file.toAbsolutePath().normalize();
            if (stamp != null && target.equals(lockedFile) && !FileStamp.of(target).equals(stamp)
                    && dialogs.askChangedOnDisk(target.getFileName().toString())
                    != DialogService.ChangedOnDiskChoice.OVERWRITE) {
                return false;
            }
            byte[] bytes = org.demarc.project.ProjectWriter.toBytes(snapshot);
            files.save(snapshot, target);
            saved(target, snapshot, FileStamp.of(bytes));
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
            releaseLock();
            session.close();
            clearJournal();
        }
    }

    /** Before the program exits: release the lock of the open project. */
    public void shutdown() {
        releaseLock();
    }

    private void takeLock(Path file, boolean takeOver) {
        try {
            ProjectLock.acquire(file, me, takeOver);
            lockedFile = file;
        } catch (IOException e) {
            // A folder where no lock can be written (read-only share) must not stop the work.
            lockedFile = null;
            message.set(I18n.t("statusbar.lockFailed", reason(e)));
        }
    }

    private void releaseLock() {
        if (lockedFile != null) {
            try {
                ProjectLock.release(lockedFile, me);
            } catch (IOException e) {
                message.set(I18n.t("statusbar.lockFailed", reason(e)));
            }
            lockedFile = null;
        }
        stamp = null;
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

    /** Writes pending journal work now and waits for it (before the program exits). */
    public void flushJournal() {
        journalWriter.flush();
    }

    private void clearJournal() {
        journalWriter.clear();
    }
}
