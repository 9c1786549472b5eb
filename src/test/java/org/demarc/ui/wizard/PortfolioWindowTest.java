package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.demarc.model.Assessment;
import org.demarc.project.ProjectFiles;
import org.demarc.project.Samples;
import org.demarc.project.portfolio.PortfolioEntry;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Portfolio…: the folder chosen, every assessment under it in the table (a broken file with
 * its problem), sorted by a click on a header, and the one double-clicked opened in the window.
 */
class PortfolioWindowTest extends WindowTest {
    @Test
    void theTableListsTheFolderSortsByClientAndOpensTheAssessmentDoubleClicked() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("assessments/2026"));
        Assessment sample = Samples.webshop();
        new ProjectFiles().saveNew(sample.withEngagement(sample.engagement().withClient("Zephyr Bank")),
                folder.resolve("a-zephyr.demarc"));
        new ProjectFiles().saveNew(sample.withEngagement(sample.engagement().withClient("Acme Retail")),
                folder.resolve("b-acme.demarc"));
        Files.writeString(folder.resolve("c-broken.demarc"), "{");
        openWindow(Locale.US, "#start-sample");

        dialogs.folders.add(dir.resolve("assessments"));
        robot.clickOn("File").clickOn("Portfolio…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#portfolio-table").tryQuery().isPresent()
                && robot.lookup("#portfolio-table").queryAs(TableView.class).getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<PortfolioEntry> table = robot.lookup("#portfolio-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(PortfolioEntry::relativePath)
                .containsExactly("2026/a-zephyr.demarc", "2026/b-acme.demarc", "2026/c-broken.demarc");
        assertThat(robot.lookup("#portfolio-status").queryAs(Label.class).getText())
                .startsWith("2 assessments, 1 files or folders that could not be read");
        assertThat(robot.lookup(org.testfx.matcher.control.LabeledMatchers.hasText("2026/c-broken.demarc")).tryQuery())
                .as("the broken file is shown in the table").isPresent();
        assertThat(robot.lookup(org.testfx.matcher.control.LabeledMatchers.hasText("cannot be read")).tryQuery())
                .isPresent();
        assertThat(table.getItems().get(2).problem()).isNotBlank();

        robot.clickOn("#portfolio-column-1");
        WaitForAsyncUtils.waitForFxEvents();
        // Ascending: the broken file has no client, then Acme, then Zephyr.
        assertThat(table.getItems().stream().map(e -> e.summary() == null ? "" : e.summary().client()).toList())
                .containsExactly("", "Acme Retail", "Zephyr Bank");

        robot.doubleClickOn("Zephyr Bank");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> folder.resolve("a-zephyr.demarc").toAbsolutePath()
                .equals(session.fileProperty().get()));
        files.awaitFileWork();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment().engagement().client()).isEqualTo("Zephyr Bank");
        assertThat(robot.lookup("#portfolio-table").tryQuery()).as("the portfolio closed on opening").isEmpty();
    }
}
