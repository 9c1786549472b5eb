package org.demarc.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog the application shows, behind one interface so tests can answer them. The FX
 * implementation sets the owner window so dialogs stay on top of Demarc.
 */
public interface DialogService {
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    enum LockedChoice { READ_ONLY, TAKE_OVER, CANCEL }

    enum ChangedOnDiskChoice { OVERWRITE, SAVE_AS, CANCEL }

    boolean confirm(String title, String message, String confirmLabel);

    UnsavedChoice askUnsaved(String fileName);

    /** The project is open elsewhere: by whom, on which computer, since when, and whether that looks abandoned. */
    LockedChoice askLocked(String fileName, String user, String host, String since, boolean stale);

    /** The file changed on disk since it was opened or last saved here. */
    ChangedOnDiskChoice askChangedOnDisk(String fileName);

    void showError(String title, String message, List<String> details);

    void showInfo(String title, String message);

    /** A message with a long, scrollable text below it (licences, details). */
    void showText(String title, String message, String text);

    Optional<Path> chooseProjectToOpen(Path initialFolder);

    Optional<Path> chooseProjectToSave(Path initialFolder, String suggestedName);

    Optional<Path> chooseEvidenceFile(Path initialFolder);

    Optional<Path> choosePdfToSave(Path initialFolder, String suggestedName);

    Optional<Path> chooseKeyStore();

    /** A password typed into a masked field; the caller wipes the array after use. Never stored. */
    Optional<char[]> askPassword(String title, String message);

    Optional<String> askText(String title, String message, String initial);

    /** One of several options; the index of the one chosen. */
    Optional<Integer> choose(String title, String message, List<String> options);

    /** A file to write, of one of the extensions (without dot); the chooser asks before replacing one. */
    Optional<Path> chooseFileToSave(String title, Path initialFolder, String suggestedName, List<String> extensions);

    /** A folder to write several files into (an OSCAL set); it may be new or already hold an earlier export. */
    Optional<Path> chooseFolder(String title, Path initialFolder);

    /** A file to read, of one of the extensions (without dot). */
    Optional<Path> chooseFileToOpen(String title, Path initialFolder, List<String> extensions);
}
