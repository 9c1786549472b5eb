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

    boolean confirm(String title, String message, String confirmLabel);

    UnsavedChoice askUnsaved(String fileName);

    void showError(String title, String message, List<String> details);

    void showInfo(String title, String message);

    Optional<Path> chooseProjectToOpen(Path initialFolder);

    Optional<Path> chooseProjectToSave(Path initialFolder, String suggestedName);

    Optional<Path> chooseEvidenceFile(Path initialFolder);

    Optional<String> askText(String title, String message, String initial);
}
