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

/** Tab moves between fields in every multi-line field, as in every other field; it never types a tab. */
class FormKeyboardTest extends WindowTest {
    @Test
    void tabLeavesTheEngagementTextAreasAndTypesNoTab() throws Exception {
        openWindow(Locale.US);
        robot.clickOn("#engagement-assessors").write("Ada Auditor");
        robot.type(KeyCode.TAB);
        robot.write("2026-12-01");
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.TAB);
        robot.clickOn("#engagement-scope").write("Production account");
        robot.type(KeyCode.TAB);
        robot.write("x");
        WaitForAsyncUtils.waitForFxEvents();
        var e = session.assessment().engagement();
        assertThat(e.assessors()).containsExactly("Ada Auditor");
        assertThat(e.startDate()).as("Tab went on to the start date").isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(e.scopeStatement()).isEqualTo("Production account").doesNotContain("\t");
    }

    @Test
    void tabLeavesTheSignOffStatement() throws Exception {
        openWindow(Locale.US, "#start-sample");
        robot.clickOn("7. Sign-off");
        javafx.scene.control.TextArea statement = robot.lookup(".text-area").queryAllAs(javafx.scene.control.TextArea.class)
                .stream().filter(javafx.scene.Node::isVisible).findFirst().orElseThrow();
        String before = statement.getText();
        robot.interact(statement::requestFocus);
        robot.interact(statement::end);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(statement.getText()).isEqualTo(before);
        assertThat(statement.isFocused()).isFalse();
    }
}
