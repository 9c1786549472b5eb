package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.demarc.model.Assessment;
import org.demarc.project.ProjectReader;
import org.demarc.ui.interop.ScanPreviewViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Import scan results…: the suggestions per control in a dialog, nothing ticked until the
 * auditor accepts. Record writes the scan as evidence on every answered control it touches and
 * changes a status only where a suggestion was accepted, as one undoable step; the saved file
 * carries it.
 */
class ScanImportWindowTest extends WindowTest {
    private Path openScanPreview() throws Exception {
        openWindow(Locale.US, "#start-sample");
        Path scan = dir.resolve("prowler.ocsf.json");
        try (var in = getClass().getResourceAsStream("/org/demarc/interop/scan/example_output_aws.ocsf.json")) {
            Files.write(scan, in.readAllBytes());
        }
        dialogs.fileTargets.add(scan);
        robot.clickOn("File").clickOn("Import scan results…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#scan-rows").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return scan;
    }

    private void record() throws Exception {
        robot.clickOn("#scan-record");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#scan-rows").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void withNothingAcceptedTheScanBecomesEvidenceAndNoStatusChanges() throws Exception {
        Path scan = openScanPreview();
        Assessment before = session.assessment();
        assertThat(robot.lookup("#scan-summary").queryAs(Label.class).getText())
                .contains("Scan prowler.ocsf.json: OCSF Detection Finding JSON by Prowler", "5 findings support 3 controls");
        TableView<ScanPreviewViewModel.Row> rows = robot.lookup("#scan-rows").queryTableView();
        assertThat(rows.getItems()).extracting(r -> r.suggestion().controlId())
                .containsExactly("IAM-01", "DAT-04", "INC-03");
        assertThat(rows.getItems()).noneMatch(r -> r.acceptedProperty().get());
        Button record = robot.lookup("#scan-record").queryButton();
        assertThat(record.getText()).isEqualTo("Record (0 accepted)");

        robot.clickOn("#scan-summary");
        robot.push(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.I,
                javafx.scene.input.KeyCombination.ALT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#scan-internal").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .as("Alt+I marks the scan internal").isTrue();
        robot.clickOn("#scan-internal");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#scan-internal").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .as("a click still toggles once").isFalse();
        robot.clickOn("#scan-summary");
        robot.push(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.I,
                javafx.scene.input.KeyCombination.ALT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        record();

        Assessment after = session.assessment();
        assertThat(after.answers().get("IAM-01").scanEvidence()).singleElement().satisfies(e -> {
            assertThat(e.failed()).isEqualTo(1);
            assertThat(e.internal()).isTrue();
        });
        assertThat(after.answers().keySet()).as("no control is answered by a rejected suggestion")
                .isEqualTo(before.answers().keySet());
        after.answers().forEach((id, answer) ->
                assertThat(answer.status()).as(id).isEqualTo(before.answers().get(id).status()));

        Path saved = dir.resolve("with-scan.demarc");
        dialogs.saveTargets.add(saved);
        robot.clickOn("File").clickOn("Save as…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(saved));
        files.awaitFileWork();
        assertThat(new ProjectReader().read(saved).value().answers().get("IAM-01").scanEvidence())
                .singleElement().satisfies(e -> {
                    assertThat(e.scanFile()).isEqualTo(scan.toAbsolutePath().toString().replace('\\', '/'));
                    assertThat(e.tool()).isEqualTo("Prowler");
                    assertThat(e.internal()).isTrue();
                });
    }

    @Test
    void acceptedSuggestionsSetTheirStatusInOneUndoableStep() throws Exception {
        openScanPreview();
        Assessment before = session.assessment();
        TableView<ScanPreviewViewModel.Row> rows = robot.lookup("#scan-rows").queryTableView();
        java.util.Map<String, org.demarc.model.AnswerStatus> suggested = new java.util.TreeMap<>();
        rows.getItems().forEach(r -> suggested.put(r.suggestion().controlId(), r.suggestion().suggested()));

        robot.clickOn("#scan-accept-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#scan-record").queryButton().getText()).isEqualTo("Record (3 accepted)");
        record();

        Assessment after = session.assessment();
        suggested.forEach((id, status) -> assertThat(after.answers().get(id).status()).as(id).isEqualTo(status));
        assertThat(before.answers()).doesNotContainKeys("DAT-04", "INC-03");

        robot.clickOn("Edit").clickOn("Undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment()).as("one undo takes it all back").isEqualTo(before);
        robot.clickOn("Edit").clickOn("Redo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment().answers().get("DAT-04").status()).isEqualTo(suggested.get("DAT-04"));
    }

    @Test
    void aScanThatCannotBeUsedIsExplainedAndChangesNothing() throws Exception {
        openWindow(Locale.US, "#start-sample");
        Assessment before = session.assessment();
        Path broken = Files.writeString(dir.resolve("notes.csv"), "not a scan\n");
        dialogs.fileTargets.add(broken);
        robot.clickOn("File").clickOn("Import scan results…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).contains("Scan not imported", "notes.csv", "Prowler CSV");
        assertThat(session.assessment()).isSameAs(before);
    }
}
