package org.demarc.ui.wizard.start;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.demarc.catalog.BuiltInCatalogs;
import org.demarc.catalog.CatalogReader;
import org.demarc.catalog.SourcePolicy;
import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;
import org.demarc.model.Catalog;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Tasks;

/**
 * What a new assessment starts from: a title and a catalog, a built-in one by provider or a
 * catalog file. A file is read and validated off the FX thread; one that cannot be used is told
 * under the list, problem by problem with its place, and the title and the previous choice stay.
 */
public final class NewAssessmentViewModel {
    /** Problems listed under the catalog at most; the rest are counted. */
    static final int MAX_LISTED = 6;
    private static final List<String> CATALOG_EXTENSIONS = List.of("json");

    /** The title and catalog of an assessment to create. */
    public record Request(String title, Catalog catalog) {
    }

    private final DialogService dialogs;
    private final Tasks tasks;
    private final StringProperty title = new SimpleStringProperty("");
    private final ObservableList<CatalogChoice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<CatalogChoice> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper catalogError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper();
    private Path folder;

    public NewAssessmentViewModel(DialogService dialogs, Tasks tasks) {
        this.dialogs = dialogs;
        this.tasks = tasks;
        BuiltInCatalogs.available().forEach(e -> choices.add(CatalogChoice.builtIn(e)));
        choices.addAll(CatalogChoice.combinations(BuiltInCatalogs.available()));
        chosen.set(choices.get(0));
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** The built-in catalogs, their combinations for a workload on several clouds, then the files read this session. */
    public ObservableList<CatalogChoice> choices() {
        return choices;
    }

    /** The catalog the next assessment is made with. */
    public ObjectProperty<CatalogChoice> chosenProperty() {
        return chosen;
    }

    /** Why the last catalog file cannot be used, with each problem's place; empty when none. */
    public ReadOnlyStringProperty catalogErrorProperty() {
        return catalogError.getReadOnlyProperty();
    }

    /** True while a catalog file is being read. */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** The user picked an entry of the list. */
    public void pick(CatalogChoice choice) {
        if (choice != null && choice != chosen.get()) {
            chosen.set(choice);
            catalogError.set("");
        }
    }

    /** "Catalog file…": asks for a file, reads and validates it, and chooses it when it can be used. */
    public void chooseFile() {
        if (reading.get()) {
            return;
        }
        dialogs.chooseFileToOpen(I18n.t("start.catalog.chooseTitle"), folder, CATALOG_EXTENSIONS).ifPresent(this::read);
    }

    private void read(Path file) {
        folder = file.toAbsolutePath().getParent();
        reading.set(true);
        tasks.job(progress -> new CatalogReader(SourcePolicy.USER_FILE).read(file).value())
                .onSuccess(catalog -> read(file, catalog))
                .onError(err -> catalogError.set(failure(file, err)))
                .andFinally(() -> reading.set(false))
                .start();
    }

    private void read(Path file, Catalog catalog) {
        catalogError.set("");
        CatalogChoice entry = CatalogChoice.file(file, catalog);
        // The same file read again replaces its entry: it may have been corrected meanwhile.
        choices.removeIf(c -> file.equals(c.file()));
        choices.add(entry);
        chosen.set(entry);
    }

    private static String failure(Path file, Throwable err) {
        if (!(err instanceof InvalidFileException invalid)) {
            return I18n.t("start.catalog.unreadable", file.getFileName(), Tasks.describe(err));
        }
        List<String> lines = invalid.problems().stream().map(Problem::describe).toList();
        StringBuilder sb = new StringBuilder(I18n.t("start.catalog.invalid", file.getFileName()));
        lines.stream().limit(MAX_LISTED).forEach(l -> sb.append('\n').append(l));
        if (lines.size() > MAX_LISTED) {
            sb.append('\n').append(I18n.t("start.catalog.more", lines.size() - MAX_LISTED));
        }
        return sb.toString();
    }

    /** The assessment to create; nothing changes here until it is {@link #created()}. */
    public Request request() {
        return new Request(title.get().strip(), chosen.get().catalog().get());
    }

    /** The assessment was made: the title is emptied for the next one, the catalog stays chosen. */
    public void created() {
        title.set("");
    }
}
