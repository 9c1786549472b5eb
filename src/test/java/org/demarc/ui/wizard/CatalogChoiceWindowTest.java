package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.model.Assessment;
import org.demarc.project.ProjectFiles;
import org.demarc.ui.wizard.start.CatalogChoice;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The New assessment step chooses its catalog: a user's catalog file, picked by keyboard through
 * "Catalog file…", drives the Services step and is embedded in the saved file; a broken one is
 * told with its places and nothing typed is lost.
 */
class CatalogChoiceWindowTest extends WindowTest {
    private ComboBox<CatalogChoice> catalogBox() {
        return robot.lookup("#start-catalog").queryComboBox();
    }

    private String shownCatalog() {
        CatalogChoice c = catalogBox().getValue();
        return c == null ? "" : c.label();
    }

    /** Alt+L ("Catalog file…"); the chooser answers with {@code file}. */
    private void chooseCatalogFile(Path file) {
        dialogs.fileTargets.add(file);
        alt(KeyCode.L);
    }

    /** Types in the Services search, Enter to the list, Space to check: the only service in scope is {@code id}. */
    private void checkService(String search, String id) {
        robot.clickOn("#services-search").write(search);
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment().scope()).containsExactly(id);
    }

    /** Ctrl+S on an untitled assessment, the save dialog answering {@code name}; waits until it is saved. */
    private Path saveByShortcut(String name) throws Exception {
        Path file = dir.resolve(name);
        dialogs.saveTargets.add(file);
        robot.push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && !session.isDirty());
        return file;
    }

    private void typeTitle(String title) {
        alt(KeyCode.T);
        robot.write(title);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aCatalogFileChosenByKeyboardDrivesServicesAndIsEmbeddedInTheSavedFile() throws Exception {
        Path catalog = Files.write(dir.resolve("mini.json"), MiniFixtures.miniCatalogBytes());
        showWindow(Locale.US);
        assertThat(shownCatalog()).isEqualTo("Amazon Web Services");
        typeTitle("Mini review");
        chooseCatalogFile(catalog);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownCatalog().startsWith("Mini test catalog"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownCatalog()).isEqualTo("Mini test catalog 1.0 (mini.json)");
        assertThat(dialogs.fileTargets).as("the chooser was asked").isEmpty();

        // File → New by its shortcut takes the title and catalog chosen on the start step.
        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.assessment() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#engagement-title").queryAs(TextField.class).getText()).isEqualTo("Mini review");

        robot.clickOn("3. Services");
        ListView<?> services = robot.lookup("#services-list").queryListView();
        assertThat(services.getItems()).hasSize(3);
        assertThat(robot.lookup((javafx.scene.Node n) -> "service-check-t.vm".equals(n.getId())).tryQuery()).isPresent();
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Virtual machines  (t.vm"))
                .anySatisfy(t -> assertThat(t).startsWith("Object store  (t.blob"))
                .noneSatisfy(t -> assertThat(t).startsWith("Amazon EC2"));
        checkService("Virtual", "t.vm");
        Path file = saveByShortcut("mini-review.demarc");
        Assessment saved = new ProjectFiles().open(file).value();
        assertThat(saved.catalog().name()).isEqualTo("Mini test catalog");
        assertThat(saved.catalog().services()).hasSize(3);
        assertThat(saved.scope()).containsExactly("t.vm");
        assertThat(saved.engagement().title()).isEqualTo("Mini review");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void twoProvidersChosenByKeyboardMakeOneAssessmentOverBoth() throws Exception {
        showWindow(Locale.US);
        typeTitle("Web shop on two clouds");
        alt(KeyCode.C);
        // Down past Azure and Google Cloud to the first combination.
        robot.type(KeyCode.DOWN, 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownCatalog()).isEqualTo("Amazon Web Services + Microsoft Azure (one workload on several clouds)");

        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> session.assessment() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment().catalog().providers()).extracting(org.demarc.model.Provider::id)
                .containsExactly("aws", "azure");

        robot.clickOn("3. Services");
        ListView<?> services = robot.lookup("#services-list").queryListView();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Amazon EC2  (aws.ec2"));
        assertThat(services.getItems().size()).as("both providers' services are offered")
                .isEqualTo(session.assessment().catalog().services().size())
                .isGreaterThan(org.demarc.catalog.BuiltInCatalog.load("aws").services().size());
        checkService("App Service", "azure.appservice");
        Path file = saveByShortcut("two-clouds.demarc");
        assertThat(Files.readString(file)).contains("\"catalogs\"");
        Assessment saved = new ProjectFiles().open(file).value();
        assertThat(saved.catalog().parts()).hasSize(2);
        assertThat(saved.scope()).containsExactly("azure.appservice");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aBrokenCatalogFileShowsTheReasonAndKeepsWhatWasTyped() throws Exception {
        String text = new String(MiniFixtures.miniCatalogBytes(), StandardCharsets.UTF_8)
                .replaceFirst("\"INFRASTRUCTURE\"", "\"SERVERLESS\"");
        Path broken = Files.writeString(dir.resolve("broken.json"), text);
        showWindow(Locale.US);
        typeTitle("Payments review");
        chooseCatalogFile(broken);
        Label error = robot.lookup("#start-catalog-error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, error::isVisible);
        assertThat(error.getText()).startsWith("broken.json cannot be used as a catalog:")
                .contains("/categories/0/category").contains("'SERVERLESS' is not allowed");
        assertThat(robot.lookup("#start-title").queryAs(TextField.class).getText()).isEqualTo("Payments review");
        assertThat(shownCatalog()).isEqualTo("Amazon Web Services");
        assertThat(session.assessment()).as("nothing was created").isNull();

        robot.clickOn("#start-new");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.assessment() != null);
        assertThat(session.assessment().engagement().title()).isEqualTo("Payments review");
        assertThat(session.assessment().catalog().id()).isEqualTo("aws");
    }

    @Test
    void theCorrectedFileCanBeChosenRightAfterABrokenOne() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"demarc-catalog\"}");
        Path good = Files.write(dir.resolve("mini.json"), MiniFixtures.miniCatalogBytes());
        showWindow(Locale.US);
        chooseCatalogFile(broken);
        Label error = robot.lookup("#start-catalog-error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, error::isVisible);
        dialogs.fileTargets.add(good);
        robot.clickOn("#start-catalog-file");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownCatalog().startsWith("Mini test catalog"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.isVisible()).isFalse();
        // Back to the first built-in catalog by keyboard: Alt+C, then Up past every built-in one and combination.
        int builtIn = catalogBox().getItems().size() - 1;
        alt(KeyCode.C);
        robot.type(KeyCode.UP, builtIn);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownCatalog()).isEqualTo("Amazon Web Services");
        robot.type(KeyCode.DOWN, builtIn);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownCatalog()).as("the file read stays offered").isEqualTo("Mini test catalog 1.0 (mini.json)");
    }
}
