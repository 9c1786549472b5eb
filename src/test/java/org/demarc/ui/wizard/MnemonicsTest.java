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
 * Every labelled field of the forms has its own Alt mnemonic: it moves the focus to that field,
 * none collides with another on the same step or with a menu (Alt+F, E, V, H open menus), and no
 * label shows a literal underscore.
 */
class MnemonicsTest extends WindowTest {
    private static final java.util.Set<KeyCode> MENUS = java.util.Set.of(KeyCode.F, KeyCode.E, KeyCode.V, KeyCode.H);

    /** The id of the focused field, or of the date picker whose editor has the focus. */
    private String focusedField() {
        javafx.scene.Node n = robot.targetWindow().getScene().getFocusOwner();
        for (javafx.scene.Node at = n; at != null; at = at.getParent()) {
            if (at.getId() != null && !at.getId().endsWith("-text")) {
                return at.getId();
            }
        }
        return n == null ? null : n.getId();
    }

    private void check(java.util.LinkedHashMap<KeyCode, String> keys) {
        assertThat(keys.keySet()).doesNotContainAnyElementsOf(MENUS);
        for (var e : keys.entrySet()) {
            alt(e.getKey());
            assertThat(focusedField()).as("Alt+" + e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(robot.lookup(".form-label").queryAllAs(Label.class)).filteredOn(javafx.scene.Node::isVisible)
                .noneSatisfy(l -> assertThat(((javafx.scene.text.Text) l.lookup(".text")).getText()).contains("_"));
    }

    @Test
    void engagementFields() throws Exception {
        openWindow(Locale.US);
        var keys = new java.util.LinkedHashMap<KeyCode, String>();
        keys.put(KeyCode.C, "engagement-client");
        keys.put(KeyCode.T, "engagement-title");
        keys.put(KeyCode.W, "engagement-workload");
        keys.put(KeyCode.A, "engagement-assessors");
        keys.put(KeyCode.S, "engagement-start");
        keys.put(KeyCode.N, "engagement-end");
        keys.put(KeyCode.P, "engagement-scope");
        check(keys);
    }

    @Test
    void answerFieldsNeverLetInternalNotesLandInTheFinding() throws Exception {
        String id = openSampleAtAPartialAnswer();
        String finding = session.assessment().answers().get(id).finding();
        var keys = new java.util.LinkedHashMap<KeyCode, String>();
        keys.put(KeyCode.N, "question-finding");
        keys.put(KeyCode.C, "question-comment");
        keys.put(KeyCode.O, "question-owner");
        keys.put(KeyCode.A, "remediation-action");
        keys.put(KeyCode.W, "remediation-owner");
        keys.put(KeyCode.D, "remediation-due");
        keys.put(KeyCode.B, "question-confirmed-by");
        check(keys);
        // What the auditor types after Alt+C goes to the internal comment, never into the finding.
        alt(KeyCode.C);
        robot.write(" internal: ask Marta");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment().answers().get(id).finding()).isEqualTo(finding);
        assertThat(session.assessment().answers().get(id).comment()).contains(" internal: ask Marta");
    }

    @Test
    void signOffFields() throws Exception {
        openWindow(Locale.US, "#start-sample");
        robot.clickOn("7. Sign-off");
        var keys = new java.util.LinkedHashMap<KeyCode, String>();
        keys.put(KeyCode.N, "signoff-name");
        keys.put(KeyCode.R, "signoff-role");
        keys.put(KeyCode.O, "signoff-organisation");
        keys.put(KeyCode.D, "signoff-date");
        keys.put(KeyCode.S, "signoff-statement");
        check(keys);
    }

    @Test
    void aStepShownAgainKeepsEveryAltKey() throws Exception {
        openWindow(Locale.US, "#start-sample");
        var engagement = new java.util.LinkedHashMap<KeyCode, String>();
        engagement.put(KeyCode.C, "engagement-client");
        engagement.put(KeyCode.T, "engagement-title");
        engagement.put(KeyCode.P, "engagement-scope");
        // N on both steps: the hidden step's key never takes the shown step's.
        engagement.put(KeyCode.N, "engagement-end");
        var signOff = new java.util.LinkedHashMap<KeyCode, String>();
        signOff.put(KeyCode.N, "signoff-name");
        signOff.put(KeyCode.R, "signoff-role");
        signOff.put(KeyCode.S, "signoff-statement");
        for (int visit = 0; visit < 2; visit++) {
            robot.clickOn("2. Engagement");
            check(engagement);
            robot.clickOn("7. Sign-off");
            check(signOff);
        }
        // Through a step with other fields and back.
        robot.clickOn("3. Services");
        robot.clickOn("2. Engagement");
        check(engagement);
    }
}
