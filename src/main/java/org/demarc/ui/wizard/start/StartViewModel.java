package org.demarc.ui.wizard.start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.demarc.model.Catalog;

/** The start step: the four ways into an assessment (a new one from a chosen catalog), and the recent files. */
public final class StartViewModel {
    /** What the start screen can ask the application to do. */
    public interface Actions {
        /** Makes the assessment unless the user keeps the open one; true when it was made. */
        boolean newAssessment(String title, Catalog catalog);

        void open();

        void open(Path file);

        void openSample();
    }

    /** A recent file as the list shows it: its name, then the folder it is in; missing when no longer on disk. */
    public record RecentFile(Path path, String name, String folder, boolean missing) {
        static RecentFile of(Path p) {
            return new RecentFile(p, String.valueOf(p.getFileName()), p.getParent() == null ? "" : p.getParent().toString(),
                    Files.notExists(p));
        }
    }

    private final Actions actions;
    private final Supplier<List<Path>> recent;
    private final ObservableList<RecentFile> recentFiles = FXCollections.observableArrayList();
    private final NewAssessmentViewModel form;

    public StartViewModel(Actions actions, Supplier<List<Path>> recent, NewAssessmentViewModel form) {
        this.actions = actions;
        this.recent = recent;
        this.form = form;
    }

    /** The title and catalog of the next new assessment. */
    public NewAssessmentViewModel form() {
        return form;
    }

    /** Empty when there are none; filled by {@link #refresh()}. */
    public ObservableList<RecentFile> recentFiles() {
        return recentFiles;
    }

    /** Reads the recent files again: another window or a save may have changed them. */
    public void refresh() {
        recentFiles.setAll(recent.get().stream().map(RecentFile::of).toList());
    }

    /** A new assessment with the title and catalog chosen here (also File → New). */
    public void newAssessment() {
        NewAssessmentViewModel.Request r = form.request();
        if (actions.newAssessment(r.title(), r.catalog())) {
            form.created();
        }
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
