package org.demarc.ui.wizard.questions;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.demarc.assessment.EvidenceReferences;
import org.demarc.model.Answer;
import org.demarc.model.EvidenceReference;

/** The evidence files of the selected answer: attach (path and SHA-256 recorded) and remove. */
public final class EvidenceViewModel {
    private final SelectedAnswer selected;
    private final ObservableList<EvidenceReference> items = FXCollections.observableArrayList();

    EvidenceViewModel(SelectedAnswer selected) {
        this.selected = selected;
        selected.answerProperty().addListener((obs, o, n) -> pull(n));
        pull(selected.answerProperty().get());
    }

    private void pull(Answer a) {
        ListEdits.sync(items, a == null ? List.of() : a.evidence());
    }

    public ObservableList<EvidenceReference> items() {
        return items;
    }

    /** Where the file chooser starts: the project's folder, or null while it has no file. */
    public Path projectFolder() {
        Path project = selected.session().fileProperty().get();
        return project == null ? null : project.getParent();
    }

    /**
     * The work of attaching {@code file}: reading and hashing it, slow for a large file, so it runs
     * in the background. The project file is taken now, on the FX thread.
     */
    public Callable<EvidenceReference> attachment(Path file) {
        Path project = selected.session().fileProperty().get();
        return () -> EvidenceReferences.attach(project, file, "");
    }

    public void add(EvidenceReference ref) {
        selected.edit(null, a -> a.withEvidence(ListEdits.append(a.evidence(), ref)));
    }

    public void remove(int index) {
        selected.edit(null, a -> a.withEvidence(ListEdits.without(a.evidence(), index)));
    }
}
