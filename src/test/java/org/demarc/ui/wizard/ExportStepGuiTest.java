package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.demarc.model.AnswerStatus;
import org.demarc.project.ProjectWriter;
import org.demarc.project.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The export step's "Compare with previous assessment…" through the real window, headless. */
class ExportStepGuiTest extends WindowTest {
    @BeforeEach
    void open() throws Exception {
        // This year's assessment: last year's with NET-01 now implemented.
        openWindowWith(Samples.webshop());
        robot.interact(() -> session.edit(null,
                a -> a.withAnswer("NET-01", a.answers().get("NET-01").withStatus(AnswerStatus.IMPLEMENTED))));
        robot.clickOn("8. Export report");
    }

    private String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void thePreviousAssessmentChosenInTheStepAddsTheChangesSection() throws Exception {
        Path previous = Files.write(dir.resolve("webshop-2025.demarc"), ProjectWriter.toBytes(Samples.webshop()));
        assertThat(label("#export-previous-name")).isEqualTo("No previous assessment chosen");
        dialogs.fileTargets.add(previous);
        robot.clickOn("#export-previous");
        assertThat(label("#export-previous-name")).isEqualTo("webshop-2025.demarc");

        Path pdf = dir.resolve("report.pdf");
        dialogs.pdfTargets.add(pdf);
        robot.clickOn("#export-draft");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label("#export-result").startsWith("Report written to"));
        String text;
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Changes since the previous assessment", "Answers improved (1):",
                "NET-01 Security group and firewall configuration: Not implemented -> Implemented");

        // The step is taller than the window since the report profile form came; reach the button as a
        // keyboard user does: focus scrolls it into view (ScrollToFocus), Space presses it.
        javafx.scene.Node clear = robot.lookup("#export-previous-clear").query();
        WaitForAsyncUtils.asyncFx(clear::requestFocus).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(javafx.scene.input.KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#export-previous-name")).isEqualTo("No previous assessment chosen");
        Path plain = dir.resolve("plain.pdf");
        dialogs.pdfTargets.add(plain);
        robot.clickOn("#export-draft");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label("#export-result").contains("plain.pdf"));
        try (var doc = Loader.loadPDF(plain.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).doesNotContain("Changes since the previous assessment");
        }
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aPreviousFileThatFailsToLoadIsNamedAndNothingIsExported() throws Exception {
        Path broken = Files.writeString(dir.resolve("webshop-2025.demarc"), "{\"format\": \"demarc-assessment\"");
        dialogs.fileTargets.add(broken);
        robot.clickOn("#export-previous");
        Path pdf = dir.resolve("report.pdf");
        dialogs.pdfTargets.add(pdf);
        robot.clickOn("#export-draft");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !label("#export-result").isEmpty());
        assertThat(label("#export-result"))
                .isEqualTo("Nothing was exported: the previous assessment webshop-2025.demarc could not be read.");
        assertThat(label("#export-previous-error")).startsWith("The previous assessment webshop-2025.demarc could not be read: ");
        assertThat(robot.lookup("#export-previous-error").queryAs(Label.class).isVisible()).isTrue();
        assertThat(pdf).doesNotExist();
    }
}
