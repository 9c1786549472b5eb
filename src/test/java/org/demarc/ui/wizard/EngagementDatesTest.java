package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.demarc.project.ProjectFiles;
import org.demarc.project.journal.RecoveryJournal;
import org.demarc.ui.ScriptedDialogs;
import org.demarc.ui.common.UiPreferences;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.shell.FileActions;
import org.demarc.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Engagement dates typed as people type them are stored, or refused under the field; the field
 * never shows a date that is not the stored one.
 */
class EngagementDatesTest extends WindowTest {
    @Test
    void isoAndTheLocalFormAreStoredAndSavedWithoutLeavingTheField() throws Exception {
        openWindow(Locale.GERMANY);
        typeInto("engagement-start", "2026-12-24");
        robot.type(KeyCode.TAB);
        typeInto("engagement-end", "31.12.2026");
        // Save straight from the field, as a hurried user does.
        Path file = dir.resolve("dates.demarc");
        dialogs.saveTargets.add(file);
        robot.push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && !session.isDirty());

        assertThat(Files.readString(file)).contains("\"startDate\": \"2026-12-24\"").contains("\"endDate\": \"2026-12-31\"");
        var engagement = new ProjectFiles().open(file).value().engagement();
        assertThat(engagement.startDate()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(engagement.endDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(shown("engagement-start")).isEqualTo("2026-12-24");
        assertThat(shown("engagement-end")).isEqualTo("31.12.2026");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFormTheLocaleDoesNotUseIsRefusedUnderTheFieldAndTheStoredDateIsShownAgain() throws Exception {
        openWindow(Locale.US);
        typeInto("engagement-start", "12/01/2026");
        robot.type(KeyCode.TAB);
        assertThat(session.assessment().engagement().startDate()).isEqualTo(LocalDate.of(2026, 12, 1));

        typeInto("engagement-start", "24.12.2026");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment().engagement().startDate()).as("the stored date is kept").isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(shown("engagement-start")).as("never shows what is not stored").isEqualTo("12/1/2026");
        assertThat(errorUnder("engagement-start")).contains("24.12.2026").contains("2026-12-24").contains("12/24/2026");

        typeInto("engagement-start", "2026-12-24");
        robot.type(KeyCode.TAB);
        assertThat(errorUnder("engagement-start")).isEmpty();
        assertThat(session.assessment().engagement().startDate()).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void anEndBeforeTheStartTypedInIsoIsCaught() throws Exception {
        openWindow(Locale.US);
        typeInto("engagement-start", "2026-12-24");
        robot.type(KeyCode.TAB);
        typeInto("engagement-end", "2026-12-01");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errorUnder("engagement-end")).isNotEmpty();
    }

    @Test
    void aSignatoryDateTypedInTheLocalFormIsTheDateSigned() throws Exception {
        openWindow(Locale.GERMANY, "#start-sample");
        robot.clickOn("7. Sign-off");
        robot.clickOn("#signoff-name").write("Ada Auditor");
        typeInto("signoff-date", "24.12.2026");
        // A person scrolls to the button; the form is taller than a 1024x700 window.
        robot.interact(() -> robot.lookup("#signoff-add").query().getParent().requestFocus());
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#signoff-add").query()).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment().signOff() == null ? java.util.List.<org.demarc.model.Signatory>of()
                : session.assessment().signOff().signatories()).isEmpty();
        assertThat(robot.lookup("#signoff-date-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#signoff-name-error").queryAs(Label.class).getText()).isEmpty();
        javafx.scene.control.ListView<org.demarc.model.Signatory> list = robot.lookup("#signoff-signatories").queryListView();
        assertThat(list.getItems()).singleElement().satisfies(sig -> {
            assertThat(sig.name()).isEqualTo("Ada Auditor");
            assertThat(sig.date()).isEqualTo(LocalDate.of(2026, 12, 24));
        });
    }

    @Test
    void aRemediationDueDateTypedInIsoIsStoredOnTheAnswer() throws Exception {
        openWindow(Locale.GERMANY, "#start-sample");
        robot.clickOn("5. Questions");
        javafx.scene.control.ListView<org.demarc.model.Control> list = robot.lookup("#questions-list").queryListView();
        // A gap in the sample: remediation is asked for partial and missing controls.
        robot.interact(() -> list.getItems().stream().filter(c -> session.assessment().answers().containsKey(c.id())
                        && session.assessment().answers().get(c.id()).status() == org.demarc.model.AnswerStatus.PARTIAL)
                .findFirst().ifPresent(c -> list.getSelectionModel().select(c)));
        String id = list.getSelectionModel().getSelectedItem().id();
        // Focus scrolls the field into view, as Tab would; then it is typed into like any field.
        robot.interact(() -> robot.lookup("#remediation-due").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        typeInto("remediation-due", "2026-12-24");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment().answers().get(id).remediation().dueDate()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(shown("remediation-due")).isEqualTo("2026-12-24");
    }
}
