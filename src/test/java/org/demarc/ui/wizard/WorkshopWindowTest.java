package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.demarc.assessment.analysis.AssessmentAnalysis;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.model.ProviderEvidence;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workshop tools as a person uses them: attendees typed in the Engagement step, "confirmed by"
 * chosen on an answer, Ctrl+K to park and the Parked list, and sign-off warnings to confirm.
 */
class WorkshopWindowTest extends WindowTest {
    private String save(String name) throws Exception {
        Path file = dir.resolve(name);
        dialogs.saveTargets.add(file);
        shortcut(KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && !session.isDirty());
        return Files.readString(file);
    }

    /** Alt+D adds a row with the cursor in its name; Tab walks the row; Enter starts the next. */
    private void typeAttendee(String name, String role, String organisation) {
        robot.push(new KeyCodeCombination(KeyCode.D, KeyCombination.ALT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(name).push(KeyCode.TAB).write(role).push(KeyCode.TAB).write(organisation);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void attendeesTypedInTheEngagementStepAreSavedAndUndoable() throws Exception {
        openWindow(Locale.US);
        robot.clickOn("#engagement-client").write("Example Corp");
        typeAttendee("Grace Hopper", "Head of platform", "Example Corp");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#attendee-name-1").queryAs(TextField.class).isFocused())
                .as("Enter in the last row starts the next, cursor in its name").isTrue();
        robot.write("Linus").push(KeyCode.TAB).write("SRE");
        WaitForAsyncUtils.waitForFxEvents();

        String json = save("workshop.demarc");
        assertThat(json).contains("\"attendees\"", "\"name\": \"Grace Hopper\"", "\"role\": \"Head of platform\"",
                "\"organisation\": \"Example Corp\"", "\"name\": \"Linus\"", "\"role\": \"SRE\"");
        assertThat(session.assessment().engagement().attendees()).hasSize(2);

        // Removing a row is one step, and Ctrl+Z brings it back.
        robot.clickOn("#attendee-remove-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment().engagement().attendees()).singleElement()
                .satisfies(x -> assertThat(x.name()).isEqualTo("Grace Hopper"));
        assertThat(robot.lookup("#attendee-name-1").tryQuery()).isEmpty();
        shortcut(KeyCode.Z);
        assertThat(session.assessment().engagement().attendees()).hasSize(2);
        assertThat(robot.lookup("#attendee-name-1").queryAs(TextField.class).getText()).isEqualTo("Linus");
    }

    @Test
    void anAnswerRecordsWhoConfirmedItAndCtrlKParksIt() throws Exception {
        openWindow(Locale.US, "#start-sample");
        robot.clickOn("2. Engagement");
        typeAttendee("Priya Raman", "Head of platform", "");
        robot.clickOn("5. Questions");
        ListView<Control> list = robot.lookup("#questions-list").queryListView();
        robot.interact(() -> list.getItems().stream().filter(c -> session.assessment().answers().containsKey(c.id())
                        && session.assessment().answers().get(c.id()).status() == AnswerStatus.PARTIAL)
                .findFirst().ifPresent(c -> list.getSelectionModel().clearAndSelect(list.getItems().indexOf(c))));
        String id = list.getSelectionModel().getSelectedItem().id();

        // Alt+B goes to "Confirmed by"; the attendee is offered with the role.
        robot.push(new KeyCodeCombination(KeyCode.B, KeyCombination.ALT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> who = robot.lookup("#question-confirmed-by").queryComboBox();
        assertThat(who.isFocused()).isTrue();
        robot.clickOn(who);
        robot.clickOn("Priya Raman (Head of platform)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment().answers().get(id).confirmedBy()).isEqualTo("Priya Raman");

        ToggleButton parkedFilter = robot.lookup("#questions-filter-parked").queryAs(ToggleButton.class);
        int before = session.analysis().parked().size();
        assertThat(parkedFilter.getText()).isEqualTo("Parked (" + before + ")");
        robot.clickOn("#question-finding");
        shortcut(KeyCode.K);
        assertThat(session.assessment().answers().get(id).parked()).isTrue();
        assertThat(parkedFilter.getText()).isEqualTo("Parked (" + (before + 1) + ")");

        String json = save("parked.demarc");
        assertThat(json).contains("\"confirmedBy\": \"Priya Raman\"", "\"parked\": true");

        robot.clickOn(parkedFilter);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).extracting(Control::id).contains(id)
                .allSatisfy(c -> assertThat(session.assessment().answers().get(c).parked()).isTrue());
        // Ctrl+K again takes it off the list.
        shortcut(KeyCode.K);
        assertThat(session.assessment().answers().get(id).parked()).isFalse();
        assertThat(parkedFilter.getText()).isEqualTo("Parked (" + before + ")");

        // Correcting the attendee's name in the Engagement step follows into the answer and its choice.
        robot.clickOn("2. Engagement");
        robot.clickOn("#attendee-name-0").push(KeyCode.END).write("-Iyer");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment().answers().get(id).confirmedBy()).isEqualTo("Priya Raman-Iyer");
        robot.clickOn("5. Questions");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#question-confirmed-by").queryComboBox().getValue()).isEqualTo("Priya Raman-Iyer");
        assertThat(session.assessment().answers().get(id).confirmedBy()).isEqualTo("Priya Raman-Iyer");
    }

    @Test
    void signOffShowsTheWarningsAndWaitsUntilTheyAreReviewed() throws Exception {
        openWindow(Locale.US, "#start-sample");
        robot.interact(() -> session.load(completeWithWarnings(Samples.webshop()), null, false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("7. Sign-off");
        robot.clickOn("#signoff-name").write("Ada Auditor");
        robot.interact(() -> robot.lookup("#signoff-add").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        String warnings = robot.lookup("#signoff-warnings .label").queryAllAs(javafx.scene.control.Label.class)
                .stream().map(javafx.scene.control.Label::getText).reduce("", String::concat);
        assertThat(warnings).contains("flagged for review", "parked for later",
                "implemented without a finding or evidence", "bridge letter", "2024-12-31");
        Button sign = robot.lookup("#signoff-sign").queryButton();
        assertThat(sign.isDisabled()).as("not before the warnings are reviewed").isTrue();
        robot.interact(sign::fire);
        assertThat(session.assessment().isSignedOff()).isFalse();

        // As a keyboard user: the focus brings the box into view, Space ticks it.
        robot.interact(() -> robot.lookup("#signoff-warnings-reviewed").query().requestFocus());
        robot.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#signoff-warnings-reviewed").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .isTrue();
        assertThat(sign.isDisabled()).isFalse();
        robot.interact(sign::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment().isSignedOff()).isTrue();
    }

    /** Every control answered, one flagged, one parked, one bare "implemented", an old SOC 2 report. */
    private static Assessment completeWithWarnings(Assessment a) {
        AssessmentAnalysis an = new AssessmentAnalysis(a);
        ProviderEvidence old = new ProviderEvidence("SOC 2 Type II", "Audit LLP", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), null, "", "");
        Assessment out = a;
        for (Control c : an.workList()) {
            Answer now = a.answers().get(c.id());
            if (an.isInherited(c)) {
                out = out.withAnswer(c.id(), Answer.of(AnswerStatus.INHERITED).withProviderEvidence(List.of(old)));
            } else if (now == null || now.missingJustification()) {
                out = out.withAnswer(c.id(), Answer.of(AnswerStatus.IMPLEMENTED).withFinding("Checked."));
            }
        }
        List<Control> asked = an.asked();
        out = out.withAnswer(asked.get(0).id(), out.answers().get(asked.get(0).id()).withFlagged(true));
        out = out.withAnswer(asked.get(1).id(), out.answers().get(asked.get(1).id()).withParked(true));
        return out.withAnswer(asked.get(2).id(), Answer.of(AnswerStatus.IMPLEMENTED));
    }
}
