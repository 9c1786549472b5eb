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
 * auditor accepts; Record writes scanner evidence as one undoable step and changes no status; the
 * saved file carries it.
 */
class ScanImportWindowTest extends WindowTest {
    @Test
    void acceptedSuggestionsBecomeEvidenceInOneUndoableStepWithoutChangingAStatus() throws Exception {
        openWindow(Locale.US, "#start-sample");
        Path scan = dir.resolve("prowler.ocsf.json");
        try (var in = getClass().getResourceAsStream("/org/demarc/interop/scan/example_output_aws.ocsf.json")) {
            Files.write(scan, in.readAllBytes());
        }
        Assessment before = session.assessment();
        dialogs.fileTargets.add(scan);
        robot.clickOn("File").clickOn("Import scan results…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#scan-rows").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#scan-summary").queryAs(Label.class).getText())
                .contains("Scan prowler.ocsf.json: OCSF Detection Finding JSON by Prowler", "5 findings support 3 controls");
        TableView<ScanPreviewViewModel.Row> rows = robot.lookup("#scan-rows").queryTableView();
        assertThat(rows.getItems()).extracting(r -> r.suggestion().controlId())
                .containsExactly("IAM-01", "DAT-04", "INC-03");
        Button record = robot.lookup("#scan-record").queryButton();
        assertThat(record.isDisabled()).as("nothing is accepted before the auditor says so").isTrue();

        robot.clickOn("#scan-accept-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(record.getText()).isEqualTo("Record 1");
        robot.clickOn(record);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#scan-rows").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Assessment after = session.assessment();
        assertThat(after.answers().get("IAM-01").scanEvidence()).singleElement()
                .satisfies(e -> assertThat(e.failed()).isEqualTo(1));
        after.answers().forEach((id, answer) ->
                assertThat(answer.status()).as(id).isEqualTo(before.answers().get(id).status()));

        robot.clickOn("Edit").clickOn("Undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment().answers().get("IAM-01").scanEvidence()).as("one undo takes it all back")
                .isEmpty();
        robot.clickOn("Edit").clickOn("Redo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment().answers().get("IAM-01").scanEvidence()).hasSize(1);

        Path saved = dir.resolve("with-scan.demarc");
        dialogs.saveTargets.add(saved);
        robot.clickOn("File").clickOn("Save as…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(saved));
        files.awaitFileWork();
        assertThat(new ProjectReader().read(saved).value().answers().get("IAM-01").scanEvidence())
                .singleElement().satisfies(e -> {
                    assertThat(e.scanFile()).isEqualTo(scan.toAbsolutePath().toString().replace('\\', '/'));
                    assertThat(e.tool()).isEqualTo("Prowler");
                });
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
