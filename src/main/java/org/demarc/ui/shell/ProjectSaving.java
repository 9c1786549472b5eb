package org.demarc.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.demarc.io.EventLog;
import org.demarc.io.FileStamp;
import org.demarc.model.Assessment;
import org.demarc.project.OpenProject;
import org.demarc.project.ProjectFiles;
import org.demarc.project.ProjectWriter;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Tasks;
import org.demarc.ui.common.UiPreferences;
import org.demarc.ui.common.Waiting;
import org.demarc.ui.session.AssessmentSession;

/**
 * Save, save as and the save before closing: the snapshot is written on the file-work thread,
 * a file changed on disk by someone else is never written over unasked, and a failure is explained.
 */
final class ProjectSaving {
    /** Under the name it always had, so support logs read as before. */
    private static final Logger LOG = EventLog.of(FileActions.class);

    private final AssessmentSession session;
    private final DialogService dialogs;
    private final UiPreferences prefs;
    private final ProjectFiles files;
    /** Touched on {@link #fileWork} only. */
    private final OpenProject project;
    private final FileWork fileWork;
    private final Consumer<String> status;
    private final Runnable clearJournal;

    /** {@code status}: the status-bar line; {@code clearJournal}: the work is safe on disk, the journal can go. */
    ProjectSaving(AssessmentSession session, DialogService dialogs, UiPreferences prefs, ProjectFiles files,
                  OpenProject project, FileWork fileWork, Consumer<String> status, Runnable clearJournal) {
        this.session = session;
        this.dialogs = dialogs;
        this.prefs = prefs;
        this.files = files;
        this.project = project;
        this.fileWork = fileWork;
        this.status = status;
        this.clearJournal = clearJournal;
    }

    void save() {
        Path file = session.fileProperty().get();
        if (file == null || session.viewOnlyProperty().get()) {
            saveAs();
        } else {
            saveTo(file);
        }
    }

    void saveAs() {
        Path current = session.fileProperty().get();
        Path folder = current == null ? null : current.getParent();
        // A bundle open read-only is saved as a project, never over the bundle.
        String suggested = current == null ? suggestedName()
                : current.getFileName().toString().replaceFirst("(?i)\\.demarcz$", ".demarc");
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
        status.accept(I18n.t("statusbar.saving", file.getFileName()));
        Tasks.create(() -> fileWork.call(() -> write(snapshot, file, overwriteChanges)))
                .onSuccess(result -> {
                    if (result == null) {
                        changedOnDisk(file);
                    } else {
                        saved(file, snapshot, result);
                    }
                })
                .onError(err -> saveFailed(file, err)).start();
    }

    /** What a save did besides writing: a lock it could not take is worth a word, not a failure. */
    private record Written(IOException lockProblem) {
    }

    /** On the file-work thread: null when the file changed on disk and the user must choose. */
    private Written write(Assessment snapshot, Path file, boolean overwriteChanges) throws IOException {
        if (!overwriteChanges && !project.unchangedOnDisk(file)) {
            return null;
        }
        byte[] bytes = ProjectWriter.toBytes(snapshot);
        files.save(snapshot, file);
        project.seen(file, FileStamp.of(bytes));
        try {
            project.acquire(file, false);
            return new Written(null);
        } catch (IOException e) {
            return new Written(e);
        }
    }

    private void changedOnDisk(Path file) {
        status.accept(I18n.t("statusbar.changedOnDisk", file.getFileName()));
        switch (dialogs.askChangedOnDisk(file.getFileName().toString())) {
            case OVERWRITE -> saveTo(file, true);
            case SAVE_AS -> saveAs();
            case CANCEL -> { }
        }
    }

    private void saved(Path file, Assessment snapshot, Written written) {
        LOG.info(() -> "saved: " + snapshot.answers().size() + " answers");
        // A read-only copy saved elsewhere becomes that file's editable project.
        session.viewOnlyProperty().set(false);
        session.markSaved(file, snapshot);
        prefs.addRecent(file);
        if (!session.isDirty()) {
            clearJournal.run();
        }
        status.accept(written.lockProblem() == null ? I18n.t("statusbar.saved", file.getFileName())
                : I18n.t("statusbar.lockFailed", FileErrors.reason(written.lockProblem())));
    }

    /**
     * The close path's save: the caller needs the outcome before it quits, so the window waits for
     * the background save (it keeps painting) and true means the work is safe.
     */
    boolean saveNow() {
        Path chosen = session.fileProperty().get();
        if (chosen == null || session.viewOnlyProperty().get()) {
            chosen = dialogs.chooseProjectToSave(null, suggestedName()).orElse(null);
            if (chosen == null) {
                return false;
            }
        }
        Path target = chosen.toAbsolutePath().normalize();
        Assessment snapshot = session.assessment();
        status.accept(I18n.t("statusbar.saving", target.getFileName()));
        try {
            Written written = Waiting.forResult(() -> fileWork.call(() -> write(snapshot, target, false)));
            if (written == null) {
                if (dialogs.askChangedOnDisk(target.getFileName().toString())
                        != DialogService.ChangedOnDiskChoice.OVERWRITE) {
                    return false;
                }
                written = Waiting.forResult(() -> fileWork.call(() -> write(snapshot, target, true)));
            }
            saved(target, snapshot, written);
            // Anything typed while the save ran is not in the file: keep the program open for it.
            return !session.isDirty();
        } catch (Exception e) {
            saveFailed(target, e);
            return false;
        }
    }

    private void saveFailed(Path file, Throwable err) {
        LOG.log(Level.WARNING, "save failed: " + err.getClass().getSimpleName(), err);
        status.accept(I18n.t("statusbar.saveFailed", file.getFileName()));
        dialogs.showError(I18n.t("save.failed.title"), I18n.t("save.failed.message", file, FileErrors.reason(err)), List.of());
    }
}
