package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Lines that join several fields read well when some of them are empty, and name what they show. */
class TextFormattingTest extends WindowTest {

    @Test
    void theGapListNamesTheRemediationOwnerAsSuchAndShowsNoOwnerWhenThereIsNone() throws Exception {
        openWindow(Locale.US, "#start-sample");
        robot.clickOn("6. Review");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#review-gaps").tryQuery().isPresent());
        // PAT-01: owned by the platform team, its action by the DBA lead.
        assertThat(gapLine("PAT-01")).endsWith(", remediation owner DBA lead");
        assertThat(gapLine("NET-01")).endsWith(", remediation owner Network team");

        // Clear both owners of NET-01, as a person does: jump there from the gap, select, delete.
        jumpFromGap("NET-01");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#question-owner").tryQuery().isPresent());
        clear(KeyCode.W, "#remediation-owner");
        clear(KeyCode.O, "#question-owner");
        robot.clickOn("6. Review");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gapLine("NET-01")).doesNotContain("owner").endsWith("Not implemented");

        // Only the control's owner: named "owner", not "remediation owner".
        jumpFromGap("NET-01");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#question-owner").tryQuery().isPresent());
        robot.clickOn("#question-owner").write("Network team");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("6. Review");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gapLine("NET-01")).endsWith(", owner Network team");
    }

    @Test
    void aSignatoryWithOnlyANameShowsNoEmptyCommas() throws Exception {
        openWindow(Locale.US, "#start-sample");
        robot.clickOn("7. Sign-off");
        robot.clickOn("#signoff-name").write("Ada Auditor");
        typeInto("signoff-date", "2026-12-24");
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#signoff-add").query()).fire());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> lines = robot.lookup("#signoff-signatories").lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .map(c -> c.getText()).filter(t -> t != null && !t.isEmpty()).toList();
        assertThat(lines).singleElement().satisfies(l -> assertThat(l)
                .startsWith("Ada Auditor \u2013 2026-12-24: ").doesNotContain(", ,"));
    }

    /** Keyboard: into the gap list, down to the control's line, Enter jumps to its question. */
    private void jumpFromGap(String controlId) {
        javafx.scene.control.ListView<org.demarc.assessment.analysis.Gap> gaps = robot.lookup("#review-gaps").queryListView();
        robot.interact(gaps::requestFocus);
        robot.type(KeyCode.HOME);
        for (int i = 0; i < gaps.getItems().size() && !gaps.getSelectionModel().getSelectedItem().control().id().equals(controlId); i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
    }

    private void focusBy(KeyCode mnemonic, String query) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.ALT, mnemonic);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(query).queryAs(TextField.class).isFocused());
    }

    /** Alt+key reaches the field (scrolled into view), then select all and delete. */
    private void clear(KeyCode mnemonic, String query) throws Exception {
        focusBy(mnemonic, query);
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(query).queryAs(TextField.class).getText()).isEmpty();
    }

    private ListCell<?> gapCell(String controlId) {
        javafx.scene.control.ListView<org.demarc.assessment.analysis.Gap> gaps = robot.lookup("#review-gaps").queryListView();
        robot.interact(() -> gaps.getItems().stream().filter(g -> g.control().id().equals(controlId)).findFirst()
                .ifPresent(gaps::scrollTo));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#review-gaps").lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().contains(": " + controlId + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no gap line for " + controlId));
    }

    private String gapLine(String controlId) {
        return gapCell(controlId).getText();
    }
}
