package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.demarc.interop.oscal.Baseline;
import org.demarc.interop.oscal.OscalExport;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The OSCAL choice of the export step at 1024×700: the baseline picked with the keyboard, the folder
 * from the chooser, and the same bytes as the command line writes.
 */
class ExportOscalTest extends WindowTest {
    private String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theHighBaselineIsChosenByKeyboardAndTheSetIsWrittenIntoTheChosenFolder() throws Exception {
        openWindow(Locale.US, "#start-sample");
        robot.clickOn("8. Export report");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#export-oscal-baseline").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<Baseline> baseline = robot.lookup("#export-oscal-baseline").queryAs(ComboBox.class);
        assertThat(baseline.getValue()).isEqualTo(Baseline.MODERATE);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(baseline.getValue()).isEqualTo(Baseline.HIGH);
        assertThat(robot.from(baseline).lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .as("what the closed list shows").anyMatch(c -> "SP 800-53 High".equals(c.getText()));

        Path folder = dir.resolve("oscal");
        dialogs.folders.add(folder);
        robot.clickOn("#export-oscal");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label("#export-result").startsWith("OSCAL written"));
        OscalExport.Summary expected = OscalExport.documents(Samples.webshop(), Baseline.HIGH);
        assertThat(label("#export-result")).isEqualTo("OSCAL written to " + folder + ": 6 files, "
                + expected.implementedRequirements() + " implemented requirements, " + expected.inheritedStatements()
                + " inherited and " + expected.satisfiedStatements() + " satisfied statements.");
        for (var e : expected.files().entrySet()) {
            assertThat(Files.readAllBytes(folder.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(robot.lookup("#export-open").queryAs(Button.class).isVisible()).as("JSON is not opened").isFalse();
        assertThat(robot.lookup("#export-show").queryAs(Button.class).isVisible()).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aCancelledChooserWritesNothing() throws Exception {
        openWindow(Locale.US, "#start-sample");
        robot.clickOn("8. Export report");
        robot.interact(() -> robot.lookup("#export-oscal").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#export-oscal");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#export-result")).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()).isEmpty();
        }
    }
}
