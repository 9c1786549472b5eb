package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.demarc.assessment.analysis.ControlFilter;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.project.ProjectFiles;
import org.demarc.ui.common.I18n;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Search, filters and bulk answers in the questions step of the sample assessment at 1024×700, as
 * a person uses them: Ctrl+F and typing, Enter on a control id, Escape, clicking filters, Shift+click
 * in the list, the bulk status menu, Ctrl+S, Ctrl+Z.
 */
class QuestionSearchAndBulkTest extends WindowTest {
    private ListView<Control> list;

    @BeforeEach
    void openTheSampleQuestions() throws Exception {
        openWindow(Locale.US, "#start-sample");
        robot.clickOn("5. Questions");
        WaitForAsyncUtils.waitForFxEvents();
        list = robot.lookup("#questions-list").queryListView();
    }

    @Test
    void ctrlFThenTypingNarrowsTheListAndEscapeClearsIt() {
        robot.clickOn(cell(1));
        Control current = selected();
        shortcut(KeyCode.F);
        assertThat(focused().getId()).isEqualTo("questions-search");
        robot.write("encrypt");
        List<String> matches = ControlFilter.ALL.withText("encrypt").apply(session.analysis()).stream()
                .map(Control::id).toList();
        assertThat(matches).isNotEmpty().hasSizeLessThan(session.analysis().workList().size() / 2);
        assertThat(shownIds()).as("the matches, and the control on the right while it stays selected")
                .containsAll(matches).hasSize(matches.size() + (matches.contains(current.id()) ? 0 : 1));
        assertThat(countText()).startsWith(matches.size() + " of " + session.analysis().workList().size()
                + " controls");
        robot.type(KeyCode.ESCAPE);
        assertThat(text("#questions-search")).isEmpty();
        assertThat(shownIds()).hasSize(session.analysis().workList().size());
        robot.type(KeyCode.ESCAPE);
        assertThat(focused()).as("Escape in the empty search goes back to the list").isSameAs(list);
    }

    @Test
    void aControlIdAndEnterSelectsThatControl() {
        robot.clickOn(cell(0));
        shortcut(KeyCode.F);
        robot.write("net-01");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected().id()).isEqualTo("NET-01");
        assertThat(robot.lookup("#question-header").queryAs(Label.class).getText()).startsWith("NET-01 · ");
        assertThat(text("#questions-search")).as("cleared: the list shows the control among its neighbours")
                .isEmpty();
        assertThat(shownIds()).hasSize(session.analysis().workList().size());
        assertThat(focused()).as("the list has the focus, so Ctrl+Down moves on").isSameAs(list);

        // From a field of the answer, too: Ctrl+F goes to the search, whatever was typed stays.
        // Alt+N (Fi_nding): at 1024x700 the field is below the fold, scrolled into view as it takes the focus.
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused().getId()).isEqualTo("question-finding");
        shortcut(KeyCode.F);
        assertThat(focused().getId()).isEqualTo("questions-search");
        robot.write("iam-01").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected().id()).isEqualTo("IAM-01");
    }

    @Test
    void filtersCombineShowACountAndClearInOneClick() {
        int total = session.analysis().workList().size();
        robot.clickOn("#questions-filter-gap");
        List<String> gaps = ids(ControlFilter.ALL.withGap(true));
        assertThat(gaps).isNotEmpty();
        assertThat(matchingShown()).isEqualTo(gaps);
        assertThat(countText()).startsWith(gaps.size() + " of " + total + " controls");

        Control someGap = session.analysis().workList().stream().filter(c -> c.id().equals(gaps.get(0)))
                .findFirst().orElseThrow();
        choose("#questions-filter-domain", session.assessment().catalog().domain(someGap.domainId())
                .orElseThrow().name());
        assertThat(matchingShown()).isEqualTo(ids(ControlFilter.ALL.withGap(true).withDomainId(someGap.domainId())))
                .contains(someGap.id());

        robot.clickOn("#questions-filter-clear");
        assertThat(shownIds()).hasSize(total);
        assertThat(robot.lookup("#questions-filter-gap").queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected()).isFalse();

        choose("#questions-filter-status", I18n.t("status.PARTIAL"));
        assertThat(matchingShown()).isNotEmpty().isEqualTo(ids(ControlFilter.ALL.withStatus(AnswerStatus.PARTIAL)));
        robot.clickOn("#questions-filter-clear");

        String owner = session.analysis().workList().stream()
                .map(c -> session.assessment().answers().get(c.id()))
                .filter(a -> a != null && !a.remediation().owner().isBlank())
                .map(a -> a.remediation().owner()).findFirst().orElseThrow();
        choose("#questions-filter-owner", owner);
        assertThat(matchingShown()).isNotEmpty().isEqualTo(ids(ControlFilter.ALL.withOwner(owner)));
        robot.clickOn("#questions-filter-clear");

        robot.clickOn("#questions-filter-noevidence");
        assertThat(matchingShown()).isEqualTo(ids(ControlFilter.ALL.withNoEvidence(true)));
        robot.clickOn("#questions-filter-noevidence");

        robot.clickOn(cell(0));
        shortcut(KeyCode.G); // flag the first control
        robot.clickOn("#questions-filter-flagged");
        assertThat(matchingShown()).isNotEmpty().isEqualTo(ids(ControlFilter.ALL.withFlagged(true)));
    }

    @Test
    void aControlThatStopsMatchingStaysMarkedUntilTheSelectionMovesOn() {
        robot.clickOn("#questions-filter-unanswered");
        robot.clickOn(cell(0));
        Control first = selected();
        int before = shownIds().size();
        String key = session.analysis().isInherited(first) ? null : "1";
        if (key == null) {
            robot.clickOn("#provider-evidence-name").write("SOC 2 Type II");
            robot.clickOn("#provider-evidence-add");
        } else {
            shortcut(KeyCode.DIGIT1);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.analysis().isAnswered(first)).isTrue();
        assertThat(selected()).as("the answered control is not pulled away").isEqualTo(first);
        assertThat(shownIds()).hasSize(before).contains(first.id());
        assertThat(cellOf(first).getStyleClass()).contains("question-not-matching");
        assertThat(countText()).contains(I18n.t("questions.count.kept", 1));
        assertThat(robot.lookup("#question-header").queryAs(Label.class).getText()).startsWith(first.id());

        robot.clickOn(list); // the list takes the keys again, then moves on
        shortcut(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected()).isNotEqualTo(first);
        assertThat(shownIds()).as("left the list once the selection moved").doesNotContain(first.id())
                .hasSize(before - 1);
        assertThat(countText()).doesNotContain(I18n.t("questions.count.kept", 1));
    }

    @Test
    void threeControlsShiftClickedGetOneStatusAsOneUndoableStep() throws Exception {
        List<Control> work = session.analysis().workList();
        int from = 0;
        while (!(answerable(work.get(from)) && answerable(work.get(from + 1)) && answerable(work.get(from + 2)))) {
            from++;
        }
        List<Control> three = work.subList(from, from + 3);
        Map<String, Answer> before = session.assessment().answers();
        robot.clickOn(cellOf(three.get(0)));
        // A second click within the double-click time would be a double click, which selects no range.
        robot.sleep(700);
        robot.press(KeyCode.SHIFT).clickOn(cellOf(three.get(2))).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getSelectionModel().getSelectedItems()).containsExactlyElementsOf(three);
        assertThat(robot.lookup("#bulk-count").queryAs(Label.class).getText()).isEqualTo("3 selected");

        robot.clickOn("#bulk-status");
        robot.clickOn(robot.lookup(".context-menu").lookup(LabeledMatchers.hasText(I18n.t("status.PARTIAL")))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#bulk-done").queryAs(Label.class).getText())
                .isEqualTo("Set 3 controls to Partial. Ctrl+Z undoes it.");
        assertThat(list.getSelectionModel().getSelectedItems()).as("still chosen").containsExactlyElementsOf(three);

        Path file = dir.resolve("bulk.demarc");
        dialogs.saveTargets.add(file);
        Assessment saved = save(file);
        for (Control c : three) {
            assertThat(saved.answers().get(c.id()).status()).as(c.id()).isEqualTo(AnswerStatus.PARTIAL);
        }

        robot.clickOn(cellOf(three.get(0)));
        shortcut(KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        for (Control c : three) {
            assertThat(session.assessment().answers().get(c.id())).as("one Ctrl+Z reverts " + c.id())
                    .isEqualTo(before.get(c.id()));
        }
        Assessment reverted = save(file);
        for (Control c : three) {
            assertThat(reverted.answers().get(c.id())).as(c.id()).isEqualTo(before.get(c.id()));
        }

        robot.clickOn(cellOf(three.get(0)));
        shortcut(KeyCode.A);
        assertThat(robot.lookup("#bulk-count").queryAs(Label.class).getText())
                .as("Ctrl+A in the list chooses every listed control").isEqualTo(list.getItems().size() + " selected");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void providerEvidenceRecordedOnOneInheritedControlIsSharedWithTheOthersChosenAndAJustificationWithAll()
            throws Exception {
        List<Control> inherited = session.analysis().inherited();
        assertThat(inherited).hasSizeGreaterThanOrEqualTo(2);
        Control first = inherited.get(0);
        Control second = inherited.get(1);
        robot.clickOn(cellOf(first));
        // Below the fold at 1024x700: focused (as by Tab) it scrolls into view.
        Node name = robot.lookup("#provider-evidence-name").query();
        robot.interact(name::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Bridge letter 2026");
        Node add = robot.lookup("#provider-evidence-add").query();
        robot.interact(add::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment().answers().get(first.id()).providerEvidence())
                .anySatisfy(p -> assertThat(p.name()).isEqualTo("Bridge letter 2026"));
        robot.sleep(700); // not a double click
        robot.press(KeyCode.CONTROL).clickOn(cellOf(second)).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getSelectionModel().getSelectedItems()).containsExactlyInAnyOrder(first, second);
        moreAction(I18n.t("questions.bulk.evidence"));
        assertThat(robot.lookup("#bulk-done").queryAs(Label.class).getText()).contains("Bridge letter 2026")
                .contains("Ctrl+Z");

        Path file = dir.resolve("shared.demarc");
        dialogs.saveTargets.add(file);
        Assessment saved = save(file);
        assertThat(saved.answers().get(second.id()).providerEvidence())
                .anySatisfy(p -> assertThat(p.name()).isEqualTo("Bridge letter 2026"));
        assertThat(saved.answers().get(second.id()).status()).isEqualTo(AnswerStatus.INHERITED);

        dialogs.texts.add("Relied on the provider's attestation for the whole period");
        moreAction(I18n.t("questions.bulk.justification"));
        for (Control c : List.of(first, second)) {
            assertThat(session.assessment().answers().get(c.id()).justification()).as(c.id())
                    .isEqualTo("Relied on the provider's attestation for the whole period");
        }
        shortcut(KeyCode.Z);
        assertThat(session.assessment().answers().get(second.id()).justification()).as("one Ctrl+Z, both")
                .isEqualTo(saved.answers().get(second.id()).justification());
        assertThat(session.assessment().answers().get(first.id()).justification())
                .isEqualTo(saved.answers().get(first.id()).justification());
        assertThat(dialogs.errors).isEmpty();
    }

    private void moreAction(String item) {
        robot.clickOn("#bulk-more");
        robot.clickOn(robot.lookup(".context-menu").lookup(LabeledMatchers.hasText(item)).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Takes the status Partial, and does not have it yet. */
    private boolean answerable(Control c) {
        return !session.analysis().isInherited(c)
                && session.assessment().answer(c.id()).map(a -> a.status() != AnswerStatus.PARTIAL).orElse(true);
    }

    // ------------------------------------------------------------------ moves and reads

    private Assessment save(Path file) throws Exception {
        long revision = session.revision();
        shortcut(KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && !session.isDirty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.revision()).isGreaterThanOrEqualTo(revision);
        return new ProjectFiles().open(file).value();
    }

    @SuppressWarnings("unchecked")
    private void choose(String combo, String entry) {
        robot.clickOn(combo);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<Object> box = robot.lookup(combo).queryAs(ComboBox.class);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(entry))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(box.getConverter().toString(box.getValue())).isEqualTo(entry);
    }

    private Node focused() {
        return robot.targetWindow().getScene().getFocusOwner();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(TextField.class).getText();
    }

    private String countText() {
        return robot.lookup("#questions-count").queryAs(Label.class).getText();
    }

    private Control selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    private List<String> shownIds() {
        return list.getItems().stream().map(Control::id).toList();
    }

    /** The listed controls not marked as kept for being selected. */
    private List<String> matchingShown() {
        return list.getItems().stream().filter(c -> !cellOf(c).getStyleClass().contains("question-not-matching"))
                .map(Control::id).toList();
    }

    private List<String> ids(ControlFilter f) {
        return f.apply(session.analysis()).stream().map(Control::id).toList();
    }

    private ListCell<?> cell(int index) {
        return cellOf(list.getItems().get(index));
    }

    /** The row showing the control, scrolled into view. */
    private ListCell<?> cellOf(Control c) {
        robot.interact(() -> list.scrollTo(c));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#questions-list .list-cell").match((ListCell<?> cell) -> cell.getItem() == c)
                .queryAs(ListCell.class);
    }
}
