package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.demarc.catalog.BuiltInCatalog;
import org.demarc.catalog.BuiltInCatalogs;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.ui.ScriptedDialogs;
import org.demarc.ui.common.Tasks;
import org.demarc.ui.wizard.start.CatalogChoice;
import org.demarc.ui.wizard.start.NewAssessmentViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog a new assessment is made with: built-in by provider, or a catalog file read and validated. */
class NewAssessmentViewModelTest {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final NewAssessmentViewModel vm = new NewAssessmentViewModel(dialogs, new Tasks(Runnable::run, Runnable::run));

    /** Three providers: each alone, the three pairs, and all three together. */
    private static final int SHIPPED = 3 + 3 + 1;

    @Test
    void offersTheShippedCatalogsByProviderThenCatalogFile() {
        assertThat(BuiltInCatalogs.available()).hasSize(3);
        assertThat(vm.choices()).extracting(CatalogChoice::label).startsWith("Amazon Web Services")
                .contains("Amazon Web Services + Microsoft Azure + Google Cloud (one workload on several clouds)")
                .hasSize(SHIPPED);
        assertThat(vm.chosenProperty().get().label()).isEqualTo("Amazon Web Services");
        assertThat(vm.request().catalog()).isSameAs(BuiltInCatalog.load());
    }

    @Test
    void aCatalogFileIsReadChosenAndOfferedAgain() throws Exception {
        Path file = Files.write(dir.resolve("mini.json"), MiniFixtures.miniCatalogBytes());
        dialogs.fileTargets.add(file);
        vm.chooseFile();
        assertThat(vm.catalogErrorProperty().get()).isEmpty();
        assertThat(vm.chosenProperty().get().label()).isEqualTo("Mini test catalog 1.0 (mini.json)");
        assertThat(vm.request().catalog().name()).isEqualTo("Mini test catalog");
        assertThat(vm.choices()).extracting(CatalogChoice::label)
                .containsSubsequence("Amazon Web Services", "Mini test catalog 1.0 (mini.json)");
        dialogs.fileTargets.add(file);
        vm.chooseFile();
        assertThat(vm.choices()).as("read again, listed once").hasSize(SHIPPED + 1);
        vm.pick(vm.choices().get(0));
        assertThat(vm.request().catalog().id()).isEqualTo("aws");
    }

    @Test
    void aBrokenFileIsToldWithItsPlacesAndChangesNothing() throws Exception {
        vm.titleProperty().set("Web shop 2027");
        String broken = new String(MiniFixtures.miniCatalogBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"INFRASTRUCTURE\"", "\"SERVERLESS\"");
        Path file = Files.writeString(dir.resolve("broken.json"), broken);
        dialogs.fileTargets.add(file);
        vm.chooseFile();
        assertThat(vm.catalogErrorProperty().get()).startsWith("broken.json cannot be used as a catalog:\n")
                .contains("'SERVERLESS' is not allowed").contains("/");
        assertThat(vm.chosenProperty().get().label()).isEqualTo("Amazon Web Services");
        assertThat(vm.titleProperty().get()).isEqualTo("Web shop 2027");
        assertThat(vm.choices()).hasSize(SHIPPED);
    }

    @Test
    void aCombinationMakesOneCatalogOverItsProviders() {
        vm.pick(vm.choices().stream().filter(c -> c.label().startsWith("Amazon Web Services + Google Cloud"))
                .findFirst().orElseThrow());
        assertThat(vm.request().catalog().parts()).containsExactly(BuiltInCatalog.load("aws"), BuiltInCatalog.load("gcp"));
    }

    @Test
    void aCancelledChooserOrAMissingFileKeepsTheChoice() {
        vm.chooseFile();
        assertThat(vm.chosenProperty().get().label()).isEqualTo("Amazon Web Services");
        assertThat(vm.catalogErrorProperty().get()).isEmpty();
        dialogs.fileTargets.add(dir.resolve("gone.json"));
        vm.chooseFile();
        assertThat(vm.catalogErrorProperty().get()).startsWith("gone.json cannot be read");
        assertThat(vm.chosenProperty().get().label()).isEqualTo("Amazon Web Services");
    }
}
