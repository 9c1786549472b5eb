package org.demarc.ui.shell;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;

import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;
import org.demarc.model.Assessment;
import org.demarc.project.bundle.BundleFiles;
import org.demarc.project.bundle.BundleReader;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Tasks;
import org.demarc.ui.session.AssessmentSession;

/**
 * A {@code .demarcz} opened from File → Open, the command line or the recent files: every entry
 * checked as {@code demarc unbundle} checks it, then the project shown read-only (nothing is
 * unpacked). Unpack to folder… unpacks it like {@code demarc unbundle} and opens the unpacked
 * project to work on. A refused bundle says why in the command line's words and opens nothing.
 */
public final class BundleOpening {
    /** What opening needs from the file actions. */
    interface Host {
        /** Shows the project read from {@code bundle}, read-only, with the bundle as its file. */
        void showReadOnly(Assessment project, Path bundle);

        /** Opens an ordinary project file to edit. */
        void open(Path project);

        void showMessage(String statusMessage);
    }

    private final AssessmentSession session;
    private final DialogService dialogs;
    private final Host host;

    BundleOpening(AssessmentSession session, DialogService dialogs, Host host) {
        this.session = session;
        this.dialogs = dialogs;
        this.host = host;
    }

    /** The open file is a bundle shown read-only (the banner offers to unpack it). */
    public static boolean isOpenBundle(AssessmentSession session) {
        Path file = session.fileProperty().get();
        return file != null && BundleFiles.isBundle(file) && session.viewOnlyProperty().get();
    }

    void open(Path bundle) {
        Path absolute = bundle.toAbsolutePath().normalize();
        host.showMessage(I18n.t("statusbar.opening", absolute.getFileName()));
        Tasks.create(() -> new BundleReader().readProject(absolute))
                .onSuccess(project -> {
                    host.showReadOnly(project, absolute);
                    host.showMessage(I18n.t("statusbar.bundleOpened", absolute.getFileName()));
                })
                .onError(err -> {
                    host.showMessage(I18n.t("statusbar.openFailed", absolute.getFileName()));
                    FileErrors.showOpenFailed(dialogs, absolute, err);
                })
                .start();
    }

    /** Asks for a folder and unpacks the open bundle there, then opens the unpacked project. */
    public void unpack() {
        if (!isOpenBundle(session)) {
            return;
        }
        Path bundle = session.fileProperty().get();
        dialogs.chooseFolder(I18n.t("bundle.unpack.choose", bundle.getFileName()), bundle.getParent())
                .ifPresent(folder -> unpack(bundle, folder.toAbsolutePath().normalize()));
    }

    private void unpack(Path bundle, Path folder) {
        Tasks.create(() -> new BundleReader().unpack(bundle, BundleFiles.unpackTarget(folder, bundle)))
                .onSuccess(unpacked -> host.open(unpacked.projectFile()))
                .onError(err -> unpackFailed(bundle, folder, err))
                .start();
    }

    private void unpackFailed(Path bundle, Path folder, Throwable err) {
        String title = I18n.t("bundle.unpack.failed.title");
        if (err instanceof InvalidFileException invalid) {
            // The bundle is on screen already: it changed on disk since it was opened, or was damaged.
            dialogs.showError(title, I18n.t("bundle.unpack.invalid", bundle.getFileName(), folder),
                    invalid.problems().stream().map(Problem::describe).toList());
        } else {
            String reason = err instanceof FileAlreadyExistsException e
                    ? e.getFile() + ": " + I18n.t("bundle.targetNotEmpty") : FileErrors.reason(err);
            dialogs.showError(title, I18n.t("bundle.unpack.failed", bundle.getFileName(), folder, reason), List.of());
        }
    }
}
