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
        save(folder.resolve("a-zephyr.demarc"), "Zephyr Bank");
        save(folder.resolve("b-acme.demarc"), "Acme Retail");
        Files.writeString(folder.resolve("c-broken.demarc"), "{");
        openPortfolio(dir.resolve("assessments"));
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

    @Test
    void exportPdfWritesTheSummaryWithTheBrokenFileToTheFileChosen() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("assessments"));
        save(folder.resolve("acme.demarc"), "Acme Retail");
        Files.writeString(folder.resolve("broken.demarc"), "{");
        openPortfolio(folder);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#portfolio-export-pdf").tryQuery()
                .map(n -> !n.isDisabled()).orElse(false));
        Path target = dir.resolve("out/summary.pdf");
        Files.createDirectories(target.getParent());
        dialogs.fileTargets.add(target);
        robot.clickOn("#portfolio-table");
        // The button's mnemonic, as a keyboard user exports.
        robot.press(javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.P)
                .release(javafx.scene.input.KeyCode.P, javafx.scene.input.KeyCode.ALT);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#portfolio-status").queryAs(Label.class)
                .getText().equals("Wrote summary.pdf"));
        assertThat(dialogs.errors).isEmpty();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(target.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Portfolio: assessments").contains("acme.demarc Acme Retail")
                    .contains("Files and folders that could not be read").contains("broken.demarc error at line");
        }
    }

    private static void save(Path file, String client) throws Exception {
        Assessment sample = Samples.webshop();
        new ProjectFiles().saveNew(sample.withEngagement(sample.engagement().withClient(client)), file);
    }

    /** File → Portfolio… on {@code folder}, from the sample open in the window. */
    private void openPortfolio(Path folder) throws Exception {
        openWindow(Locale.US, "#start-sample");
        dialogs.folders.add(folder);
        robot.clickOn("File").clickOn("Portfolio…");
    }
}
