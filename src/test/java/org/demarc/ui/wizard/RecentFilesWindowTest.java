package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.demarc.project.ProjectFiles;
import org.demarc.project.Samples;
import org.demarc.project.bundle.BundleWriter;
import org.demarc.ui.common.UiPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A recent file (project or bundle) moved or deleted since: File → Open recent marks it missing,
 * choosing it says so in words (no reading, no stack trace) and offers to take it off the list.
 */
class RecentFilesWindowTest extends WindowTest {
    @Test
    void aMissingRecentProjectIsMarkedAndChoosingItOffersToRemoveIt() throws Exception {
        Path kept = saved("kept.demarc");
        Path gone = saved("gone.demarc");
        remember(kept, gone);
        Files.delete(gone);
        showWindow(Locale.US);

        assertThat(recentItems()).containsExactly(kept.toString(), gone + " (missing)");
        dialogs.confirms.add(true);
        robot.clickOn(gone + " (missing)");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.confirmMessages.isEmpty());

        assertThat(dialogs.confirmMessages).singleElement().asString()
                .contains("File not found", "gone.demarc is no longer in " + gone.getParent(),
                        "moved, renamed or deleted", "Remove it from the recent files?", "[Remove from recent files]");
        assertThat(dialogs.errors).as("told once, as a question, not as an error trace").isEmpty();
        assertThat(session.assessment()).isNull();
        assertThat(new UiPreferences(preferences).recentFiles()).as("saved without it").containsExactly(kept);
        assertThat(recentItems()).containsExactly(kept.toString());
    }

    @Test
    void aMissingRecentBundleKeptOnTheListStaysMarkedAndTheStartListSaysSoToo() throws Exception {
        Path project = saved("shop.demarc");
        Path bundle = dir.resolve("shop.demarcz");
        BundleWriter.writeFile(new ProjectFiles().open(project).value(), project, false, bundle);
        remember(bundle);
        Files.delete(bundle);
        showWindow(Locale.US);

        Hyperlink link = robot.lookup("#start-recent .hyperlink").queryAs(Hyperlink.class);
        assertThat(link.getText()).isEqualTo("shop.demarcz  \u2014  " + dir + " (missing)");
        dialogs.confirms.add(false);
        assertThat(recentItems()).containsExactly(bundle + " (missing)");
        robot.clickOn(bundle + " (missing)");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.confirmMessages.isEmpty());
        assertThat(dialogs.confirmMessages.get(0)).contains("shop.demarcz is no longer in", "moved, renamed or deleted");
        assertThat(dialogs.errors).isEmpty();
        assertThat(session.assessment()).isNull();
        assertThat(recentItems()).as("kept when the user says so").containsExactly(bundle + " (missing)");
        closeMenus();

        // The start screen's link does the same.
        dialogs.confirms.add(true);
        robot.clickOn(link);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs.confirmMessages.size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#start-recent .label").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("No recent files.");
        assertThat(new UiPreferences(preferences).recentFiles()).isEmpty();
    }

    /** A menu left open when the stage closes fails the next test (its focus goes to a closed view). */
    @AfterEach
    void menusClosed() {
        if (stage != null && stage.getScene() != null) {
            robot.interact(() -> ((MenuBar) stage.getScene().lookup(".menu-bar")).getMenus().forEach(Menu::hide));
        }
    }

    private void closeMenus() {
        robot.type(javafx.scene.input.KeyCode.ESCAPE, 2);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path saved(String name) throws Exception {
        Path file = dir.resolve(name).toAbsolutePath();
        new ProjectFiles().saveNew(Samples.webshop(), file);
        return file;
    }

    /** The recent list as an earlier run left it: the first file is the newest. */
    private void remember(Path... files) {
        UiPreferences prefs = new UiPreferences(dir.resolve(UiPreferences.FILE_NAME));
        for (int i = files.length - 1; i >= 0; i--) {
            prefs.addRecent(files[i]);
        }
    }

    /** Opens File → Open recent as a person does and reads what it lists (the menu stays open). */
    private List<String> recentItems() {
        robot.clickOn("File").clickOn("Open recent");
        WaitForAsyncUtils.waitForFxEvents();
        Menu recent = ((MenuBar) stage.getScene().lookup(".menu-bar")).getMenus().get(0).getItems().stream()
                .filter(m -> "menu-recent".equals(m.getId())).map(Menu.class::cast).findFirst().orElseThrow();
        return recent.getItems().stream().map(MenuItem::getText).toList();
    }
}
