package org.demarc.ui.wizard.start;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The start step: the four ways into an assessment, and the recent files as of the last visit. */
public final class StartViewModel {
    /** What the start screen can ask the application to do. */
    public interface Actions {
        void newAssessment();

        void open();

        void open(Path file);

        void openSample();
    }

    /** A recent file as the list shows it: its name, then the folder it is in. */
    public record RecentFile(Path path, String name, String folder) {
        static RecentFile of(Path p) {
            return new RecentFile(p, String.valueOf(p.getFileName()), p.getParent() == null ? "" : p.getParent().toString());
        }
    }

    private final Actions actions;
    private final Supplier<List<Path>> recent;
    private final ObservableList<RecentFile> recentFiles = FXCollections.observableArrayList();

    public StartViewModel(Actions actions, Supplier<List<Path>> recent) {
        this.actions = actions;
        this.recent = recent;
    }

    /** Empty when there are none; filled by {@link #refresh()}. */
    public ObservableList<RecentFile> recentFiles() {
        return recentFiles;
    }

    /** Reads the recent files again: another window or a save may have changed them. */
    public void refresh() {
        recentFiles.setAll(recent.get().stream().map(RecentFile::of).toList());
    }

    public void newAssessment() {
        actions.newAssessment();
    }

    public void open() {
        actions.open();
    }

    public void open(RecentFile file) {
        actions.open(file.path());
    }

    public void openSample() {
        actions.openSample();
    }
}
