package org.demarc.ui.shell;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.demarc.catalog.BuiltInCatalog;
import org.demarc.io.EventLog;
import org.demarc.io.Loaded;
import org.demarc.model.Assessment;
import org.demarc.model.Catalog;
import org.demarc.model.Engagement;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.io.Problem;
import org.demarc.io.FileStamp;
import org.demarc.project.ProjectFiles;
import org.demarc.project.OpenProject;
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
public final class FileActions implements StartViewModel.Actions, InteropActions.Host, BundleOpening.Host {
    private static final Logger LOG = EventLog.of(FileActions.class);
    /** Unsaved work reaches the journal at most this long after a change. */
    static final java.time.Duration JOURNAL_DELAY = java.time.Duration.ofMillis(500);

    private final AssessmentSession session;
    private final DialogService dialogs;
    private final UiPreferences prefs;
    private final RecoveryJournal journal;
    private final Clock clock;
    private final ProjectFiles files;
    /** The open file, its lock and how it looked; touched on {@link #fileWork} only. */
    private final OpenProject project;
    private final FileWork fileWork;
    private final JournalScheduler journalWriter;
    private final ProjectSaving saving;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final BundleOpening bundles;

    public FileActions(AssessmentSession session, DialogService dialogs, UiPreferences prefs, RecoveryJournal journal,
                       Clock clock) {
        this(session, dialogs, prefs, journal, clock, new ProjectFiles());
    }

    public FileActions(AssessmentSession session, DialogService dialogs, UiPreferences prefs, RecoveryJournal journal,
                       Clock clock, ProjectFiles files) {
        this.files = files;
        this.project = new OpenProject(ProjectLock.Holder.current(Instant.now(clock)));
        this.fileWork = new FileWork(e -> Platform.runLater(() -> message.set(I18n.t("statusbar.lockFailed", FileErrors.reason(e)))));
        this.session = session;
        this.dialogs = dialogs;
        this.prefs = prefs;
        this.journal = journal;
        this.clock = clock;
        this.bundles = new BundleOpening(session, dialogs, this);
        this.journalWriter = new JournalScheduler(journal, JOURNAL_DELAY,
                e -> Platform.runLater(() -> message.set(I18n.t("statusbar.journalFailed", FileErrors.reason(e)))));
        this.saving = new ProjectSaving(session, dialogs, prefs, files, project, fileWork, message::set, this::clearJournal);
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

    /** Something about the open file worth a banner until dismissed or another file is opened; empty for none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The user closed the banner. */
    public void dismissNotice() {
        notice.set("");
    }

    public static String actor() {
        return System.getProperty("user.name", "");
    }

    // ---------------------------------------------------------------- start actions

    /** A new assessment on the built-in AWS catalog, untitled. */
    public void newAssessment() {
        newAssessment("", BuiltInCatalog.load());
    }

    @Override
    public boolean newAssessment(String title, Catalog catalog) {
        if (!confirmDiscard()) {
            return false;
        }
        fileWork.run(project::close);
        notice.set("");
        Assessment a = Assessment.create(Engagement.empty().withTitle(title), catalog,
                new HistoryEvent(Instant.now(clock), HistoryKind.CREATED, actor(), ""));
        session.load(a, null, true);
        message.set(I18n.t("statusbar.new"));
        return true;
    }

    @Override
    public void open() {
        Path folder = prefs.recentFiles().stream().map(Path::getParent).filter(p -> p != null).findFirst().orElse(null);
        dialogs.chooseProjectToOpen(folder).ifPresent(this::open);
    }

    @Override
    public void open(Path file) {
        if (MissingFile.told(file, dialogs, prefs) || !confirmDiscard()) {
            return;
        }
        if (org.demarc.project.bundle.BundleFiles.isBundle(file)) {
            bundles.open(file);
            return;
        }
        message.set(I18n.t("statusbar.opening", file.getFileName()));
        Path absolute = file.toAbsolutePath().normalize();
        Tasks.create(() -> new Opened(files.open(absolute), FileStamp.of(absolute), ProjectLock.holder(absolute),
                        files.canSaveOver(absolute)))
                .onSuccess(opened -> opened(absolute, opened))
                .onError(err -> openFailed(file, err))
                .start();
    }

    /** A bundle's project shown read-only: nothing to lock, nothing to journal. */
    @Override
    public void showReadOnly(Assessment project, Path bundle) {
        fileWork.run(this.project::close);
        session.load(project, bundle, false, true);
        notice.set("");
        prefs.addRecent(bundle);
        clearJournal();
    }

    public BundleOpening bundles() {
        return bundles;
    }

    /** A project read from disk, how the file looked, and who holds its lock (if anyone). */
    private record Opened(Loaded<Assessment> loaded, FileStamp stamp, Optional<ProjectLock.Holder> holder,
                          boolean writable) {
    }

    private void opened(Path file, Opened opened) {
        boolean readOnlyCopy = false;
        boolean takeOver = false;
        Optional<ProjectLock.Holder> holder = opened.holder().filter(h -> !h.isSameProcessAs(project.me()));
        String lockNotice = "";
        if (holder.isPresent() && ProjectLock.isLeftByEndedProcessHere(holder.get())) {
            ProjectLock.Holder h = holder.get();
            lockNotice = I18n.t("statusbar.staleLockTaken", h.user(), org.demarc.ui.common.HumanTime.of(h.since()));
            takeOver = true;
        } else if (holder.isPresent()) {
            ProjectLock.Holder h = holder.get();
            switch (dialogs.askLocked(file.getFileName().toString(), h.user(), h.host(), org.demarc.ui.common.HumanTime.of(h.since()),
                    ProjectLock.isStale(h, Instant.now(clock)))) {
                case CANCEL -> {
                    message.set("");
                    return;
                }
                case READ_ONLY -> readOnlyCopy = true;
                case TAKE_OVER -> takeOver = true;
            }
        }
        boolean lock = !readOnlyCopy;
        boolean force = takeOver;
        fileWork.run(() -> {
            project.close();
            project.seen(file, opened.stamp());
            if (lock) {
                project.acquire(file, force);
            }
        });
        Loaded<Assessment> loaded = opened.loaded();
        session.load(loaded.value(), file, false, readOnlyCopy);
        // Told now, not at the first save: the folder or the file refuses writing.
        notice.set(opened.writable() ? "" : I18n.t("notice.notWritable", file.getFileName(), file.getParent()));
        LOG.info(() -> "opened: " + loaded.value().scope().size() + " services, " + loaded.value().answers().size()
                + " answers, " + loaded.warnings().size() + " warnings" + (lock ? "" : ", read-only"));
        prefs.addRecent(file);
        clearJournal();
        String status = loaded.warnings().isEmpty() ? I18n.t("statusbar.opened", file.getFileName())
                : I18n.t("statusbar.openedWithWarnings", file.getFileName(), loaded.warnings().size());
        message.set(lockNotice.isEmpty() ? status : status + "  \u00b7  " + lockNotice);
        if (!loaded.warnings().isEmpty()) {
            dialogs.showError(I18n.t("open.warnings.title"), I18n.t("open.warnings.message", file.getFileName()),
                    loaded.warnings().stream().map(Problem::describe).toList());
        }
    }

    private void openFailed(Path file, Throwable err) {
        LOG.log(Level.INFO, "open failed: " + err.getClass().getSimpleName());
        message.set(I18n.t("statusbar.openFailed", file.getFileName()));
        if (err instanceof NoSuchFileException) {
            prefs.removeRecent(file);
        }
        Path backup = ProjectFiles.backupOf(file.toAbsolutePath().normalize());
        if (err instanceof org.demarc.io.InvalidFileException invalid && java.nio.file.Files.isRegularFile(backup)) {
            Tasks.create(() -> new Backup(files.open(backup).value(), java.nio.file.Files.getLastModifiedTime(backup).toInstant()))
                    .onSuccess(b -> offerBackup(file, backup, invalid, b))
                    .onError(e -> FileErrors.showOpenFailed(dialogs, file, err))
                    .start();
            return;
        }
        FileErrors.showOpenFailed(dialogs, file, err);
    }

    private record Backup(Assessment assessment, Instant changed) {
    }

    /**
     * The file is damaged but its backup reads: offer it as an untitled copy, so the damaged file
     * is never written over unasked and nothing points at it as the open project.
     */
    private void offerBackup(Path file, Path backup, org.demarc.io.InvalidFileException invalid, Backup b) {
        String reasons = String.join("; ", invalid.problems().stream().limit(3).map(Problem::describe).toList());
        if (!dialogs.confirm(I18n.t("open.backup.title"), I18n.t("open.backup.message", file.getFileName(), reasons,
                backup.getFileName(), org.demarc.ui.common.HumanTime.of(b.changed())), I18n.t("open.backup.open"))) {
            return;
        }
        fileWork.run(project::close);
        session.load(b.assessment(), null, true);
        LOG.info("opened the backup of a damaged file as an untitled copy");
        message.set(I18n.t("statusbar.backupOpened", backup.getFileName(), file.getFileName()));
    }

    /** The sample opens as an untitled copy, so Save asks where and never overwrites it. */
    @Override
    public void openSample() {
        if (!confirmDiscard()) {
            return;
        }
        fileWork.run(project::close);
        notice.set("");
        session.load(Samples.webshop(), null, false);
        message.set(I18n.t("statusbar.sample"));
    }

    /** An assessment made from another (next year's from last year's): untitled, unsaved work. */
    @Override
    public void openDerived(Assessment derived, String statusMessage) {
        if (!confirmDiscard()) {
            return;
        }
        fileWork.run(project::close);
        session.load(derived, null, true);
        message.set(statusMessage);
    }

    @Override
    public void showMessage(String statusMessage) {
        message.set(statusMessage);
    }

    public void recover(RecoveryJournal.Recovered r) {
        Path origin = r.origin();
        fileWork.run(() -> {
            project.close();
            if (origin != null && java.nio.file.Files.isRegularFile(origin)) {
                project.seen(origin, FileStamp.of(origin));
                // The crashed run's own lock is still there: take it back, but never a live editor's.
                boolean leftBehind = ProjectLock.holder(origin).filter(h -> !h.isSameProcessAs(project.me()))
                        .map(ProjectLock::isLeftByEndedProcessHere).orElse(false);
                project.acquire(origin, leftBehind);
            }
        });
        session.load(r.assessment(), r.origin(), true);
        message.set(I18n.t("statusbar.recovered"));
    }

    // ---------------------------------------------------------------- saving

    public void save() {
        saving.save();
    }

    public void saveAs() {
        saving.saveAs();
    }

    // ---------------------------------------------------------------- closing

    public void close() {
        if (confirmDiscard()) {
            fileWork.run(project::close);
            notice.set("");
            session.close();
            clearJournal();
        }
    }

    /** Before the program exits: release the lock of the open project and wait for file work. */
    public void shutdown() {
        fileWork.run(project::close);
        fileWork.awaitIdle();
    }

    /** Waits until every file operation asked for so far (locks, saves) has run; for quitting and tests. */
    public void awaitFileWork() {
        fileWork.awaitIdle();
    }

    /** True when there is nothing unsaved, or the user saved or chose to discard it. */
    public boolean confirmDiscard() {
        if (session.assessment() == null || !session.isDirty()) {
            return true;
        }
        Path file = session.fileProperty().get();
        String name = file == null ? I18n.t("file.untitled") : file.getFileName().toString();
        return switch (dialogs.askUnsaved(name)) {
            case SAVE -> saving.saveNow();
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
