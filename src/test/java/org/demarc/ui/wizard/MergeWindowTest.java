package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.demarc.assessment.SignOffs;
import org.demarc.model.Assessment;
import org.demarc.model.Catalog;
import org.demarc.model.HistoryKind;
import org.demarc.model.Signatory;
import org.demarc.project.ProjectFiles;
import org.demarc.project.ProjectReader;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Merge with…: theirs and the common ancestor chosen, a disjoint change merged silently, the
 * conflict settled for theirs by keyboard, the merge one undoable step, the saved file the merge.
 */
class MergeWindowTest extends WindowTest {
    @Test
    void aConflictSettledForTheirsByKeyboardMergesInOneUndoableStep() throws Exception {
        openWindow(Locale.US, "#start-sample");
        Assessment start = session.assessment();
        List<String> ids = List.copyOf(start.answers().keySet());
        String silent = ids.get(0);
        String conflict = ids.get(1);
        Path base = dir.resolve("base.demarc");
        new ProjectFiles().saveNew(start, base);
        Assessment ours = startMerge(conflict, start
                .withAnswer(silent, start.answers().get(silent).withComment("Checked by the second auditor"))
                .withAnswer(conflict, start.answers().get(conflict).withComment("Their comment")), base);

        assertThat(robot.lookup("#merge-summary").queryAs(Label.class).getText())
                .contains("theirs.demarc", "with the common ancestor base.demarc", "1 change comes over silently",
                        "1 conflict to settle").doesNotContain("1 changes", "1 conflicts");
        assertThat(robot.lookup("#merge-silent").queryAs(Label.class).getText()).contains(silent)
                .doesNotContain(conflict);
        assertThat(robot.lookup("#merge-where-1").queryAs(Label.class).getText()).isEqualTo(conflict);
        assertThat(robot.lookup("#merge-field-1").queryAs(Label.class).getText()).isEqualTo("comment");
        assertThat(robot.lookup("#merge-ours-2").tryQuery()).as("one conflict only").isEmpty();
        RadioButton oursSide = robot.lookup("#merge-ours-1").queryAs(RadioButton.class);
        RadioButton theirsSide = robot.lookup("#merge-theirs-1").queryAs(RadioButton.class);
        assertThat(oursSide.getText()).isEqualTo("'Our comment'");
        assertThat(theirsSide.getText()).isEqualTo("'Their comment'");
        assertThat(oursSide.isSelected()).as("ours is kept unless theirs is picked").isTrue();
        assertThat(oursSide.isFocused()).as("the keyboard starts at the first conflict").isTrue();

        robot.type(KeyCode.RIGHT).type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(theirsSide.isSelected()).isTrue();
        assertThat(session.assessment()).as("nothing changes before Merge").isSameAs(ours);
        robot.clickOn("#merge-apply");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#merge-apply").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-text").queryAs(Label.class).getText())
                .contains("1 change taken silently, 1 conflict settled");

        showControl(conflict);
        assertThat(comment()).isEqualTo("Their comment");
        assertThat(session.assessment().answers().get(silent).comment()).isEqualTo("Checked by the second auditor");

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment()).as("one undo takes the whole merge back").isSameAs(ours);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Our comment".equals(comment()));
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Their comment".equals(comment()));

        Path saved = dir.resolve("merged.demarc");
        dialogs.saveTargets.add(saved);
        robot.clickOn("File").clickOn("Save as…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(saved));
        files.awaitFileWork();
        Assessment file = new ProjectReader().read(saved).value();
        assertThat(file.answers().get(conflict).comment()).isEqualTo("Their comment");
        assertThat(file.answers().get(silent).comment()).isEqualTo("Checked by the second auditor");
        assertThat(file.history()).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(HistoryKind.MERGED);
            assertThat(e.detail()).contains("theirs.demarc", "1 conflict settled one by one, 1 of them for theirs");
        });
    }

    @Test
    void aConflictSettledByTypingTheMergedValueSavesThatValueAndUndoesInOneStep() throws Exception {
        openWindow(Locale.US, "#start-sample");
        Assessment start = session.assessment();
        String conflict = List.copyOf(start.answers().keySet()).get(1);
        Path base = dir.resolve("base.demarc");
        new ProjectFiles().saveNew(start, base);
        Assessment ours = startMerge(conflict, start.withAnswer(conflict,
                start.answers().get(conflict).withComment("Their comment")), base);
        RadioButton edit = robot.lookup("#merge-edit-1").queryAs(RadioButton.class);
        assertThat(edit.isSelected()).isFalse();
        assertThat(robot.lookup("#merge-text-1").queryAs(TextArea.class).isVisible())
                .as("the editor shows only for Edit").isFalse();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#merge-ours-1").queryAs(RadioButton.class).isFocused());

        robot.push(new KeyCodeCombination(KeyCode.E, KeyCombination.ALT_DOWN));
        TextArea text = robot.lookup("#merge-text-1").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, text::isFocused);
        assertThat(edit.isSelected()).as("Alt+E picks Edit").isTrue();
        assertThat(text.getText()).as("ours to start from").isEqualTo("Our comment");
        // The dialog is its own window: what is typed goes to it, as to the window a person looks at.
        robot.targetWindow(text.getScene().getWindow());
        robot.type(KeyCode.END).write(", and theirs");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text.getText().equals("Our comment, and theirs"));
        assertThat(session.assessment()).as("nothing changes before Merge").isSameAs(ours);
        robot.clickOn("#merge-apply");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#merge-apply").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        showControl(conflict);
        assertThat(comment()).isEqualTo("Our comment, and theirs");
        Path saved = dir.resolve("typed.demarc");
        dialogs.saveTargets.add(saved);
        robot.push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(saved));
        files.awaitFileWork();
        Assessment file = new ProjectReader().read(saved).value();
        assertThat(file.answers().get(conflict).comment()).isEqualTo("Our comment, and theirs");
        assertThat(file.history()).last().satisfies(e -> assertThat(e.detail())
                .contains("1 conflict settled one by one, none of them for theirs. 1 merged value typed by hand."));

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment()).as("one undo takes the whole merge back").isSameAs(ours);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Our comment".equals(comment()));
    }

    @Test
    void withSeveralConflictsTabGoesToTheNextAndAltEPicksEditThere() throws Exception {
        openWindow(Locale.US, "#start-sample");
        Assessment start = session.assessment();
        List<String> ids = List.copyOf(start.answers().keySet());
        Path theirs = dir.resolve("theirs.demarc");
        new ProjectFiles().saveNew(start
                .withAnswer(ids.get(0), start.answers().get(ids.get(0)).withComment("Theirs one"))
                .withAnswer(ids.get(1), start.answers().get(ids.get(1)).withComment("Theirs two")), theirs);
        dialogs.fileTargets.add(theirs);
        robot.clickOn("File").clickOn("Merge with…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#merge-apply").tryQuery().isPresent());
        RadioButton first = robot.lookup("#merge-edit-1").queryAs(RadioButton.class);
        RadioButton second = robot.lookup("#merge-edit-2").queryAs(RadioButton.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#merge-ours-1").queryAs(RadioButton.class).isFocused());

        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#merge-ours-2").queryAs(RadioButton.class).isFocused());
        robot.push(new KeyCodeCombination(KeyCode.E, KeyCombination.ALT_DOWN));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#merge-text-2").queryAs(TextArea.class).isFocused());
        assertThat(second.isSelected()).isTrue();
        assertThat(first.isSelected()).as("only the conflict the keyboard is on").isFalse();
        assertThat(robot.lookup("#merge-text-2").queryAs(TextArea.class).getText()).isEqualTo(
                start.answers().get(ids.get(1)).comment());
        robot.clickOn("Cancel");
    }

    @Test
    void aFieldThatIsNoTextOffersNoEdit() throws Exception {
        openWindow(Locale.US, "#start-sample");
        Assessment start = session.assessment();
        String conflict = List.copyOf(start.answers().keySet()).get(1);
        Path theirs = dir.resolve("theirs.demarc");
        new ProjectFiles().saveNew(start.withAnswer(conflict, start.answers().get(conflict).withFlagged(true)),
                theirs);
        dialogs.fileTargets.add(theirs);
        robot.clickOn("File").clickOn("Merge with…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#merge-apply").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#merge-field-1").queryAs(Label.class).getText()).isEqualTo("flagged");
        assertThat(robot.lookup("#merge-edit-1").tryQuery()).isEmpty();
        robot.clickOn("#merge-apply");
    }

    @Test
    void anotherCatalogIsRefusedWithTheCommandLinesMessage() throws Exception {
        openWindow(Locale.US, "#start-sample");
        Assessment before = session.assessment();
        Path theirs = dir.resolve("other.demarc");
        Catalog c = before.catalog();
        Catalog next = new Catalog(c.id(), c.name(), "2.0", c.provider(), c.categories(), c.domains(), c.services(),
                c.controls());
        new ProjectFiles().saveNew(new Assessment(before.engagement(), next, before.scope(), before.answers(), null,
                before.history(), before.draftSignatories()), theirs);
        dialogs.fileTargets.add(theirs);
        robot.clickOn("File").clickOn("Merge with…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).contains("Not merged", "other.demarc uses '" + c.name() + "' version 2.0",
                "demarc catalog migrate");
        assertThat(session.assessment()).isSameAs(before);
    }

    @Test
    void aSignedOffCopyIsRefusedWithTheCommandLinesMessage() throws Exception {
        openWindow(Locale.US, "#start-sample");
        Assessment before = session.assessment();
        Path theirs = dir.resolve("signed.demarc");
        Signatory lead = new Signatory("Lee Lead", "Lead", "Audit Co", LocalDate.of(2026, 12, 1), "I confirm.");
        new ProjectFiles().saveNew(SignOffs.signOff(before, List.of(lead), Instant.parse("2026-12-01T09:00:00Z"),
                "Lee"), theirs);
        dialogs.fileTargets.add(theirs);
        robot.clickOn("File").clickOn("Merge with…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).contains("Not merged", "signed.demarc is signed off");
        assertThat(session.assessment()).isSameAs(before);
    }

    /**
     * Saves their copy, comments the conflict "Our comment" here, chooses File → Merge with… on
     * theirs and the base, and waits for the dialog; our assessment before the merge.
     */
    private Assessment startMerge(String conflict, Assessment theirsCopy, Path base) throws Exception {
        Path theirs = dir.resolve("theirs.demarc");
        new ProjectFiles().saveNew(theirsCopy, theirs);
        robot.interact(() -> session.edit(null, a -> a.withAnswer(conflict,
                a.answers().get(conflict).withComment("Our comment"))));
        dialogs.fileTargets.add(theirs);
        dialogs.fileTargets.add(base);
        robot.clickOn("File").clickOn("Merge with…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#merge-apply").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return session.assessment();
    }

    private String comment() {
        return robot.lookup("#question-comment").queryAs(TextInputControl.class).getText();
    }
}
