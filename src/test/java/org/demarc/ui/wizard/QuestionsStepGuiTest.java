package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.demarc.catalog.BuiltInCatalog;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.model.Engagement;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.project.ProjectFiles;
import org.demarc.ui.common.I18n;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The questions step as a person uses it: click into a field and type, Tab to the next one, Alt +
 * the underlined letter, the Ctrl shortcuts; then Save, and check both the saved file and what the
 * fields show after moving to another control and back.
 */
class QuestionsStepGuiTest extends WindowTest {
    private static final String NET_01 = "NET-01  Security group and firewall configuration";
    private static final String PHY_01 = "PHY-01  Physical and environmental security";

    @BeforeEach
    void openTheQuestionsStep() throws Exception {
        openWindowWith(Assessment.create(Engagement.empty().withTitle("Questions").withClient("Client"),
                BuiltInCatalog.load(), new HistoryEvent(Instant.EPOCH, HistoryKind.CREATED, "", ""))
                .withScope(new TreeSet<>(List.of("aws.ec2", "aws.s3"))));
        robot.interact(() -> window.wizard().go(WizardStep.QUESTIONS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typedTabbedAndShortcutAnswersReachTheFileAndShowAgainAfterMovingAway() throws Exception {
        clickControl(NET_01);
        shortcut(KeyCode.DIGIT2);
        alt(KeyCode.N);
        assertThat(focused().getId()).as("Alt+N: Fi_nding").isEqualTo("question-finding");
        robot.write("SSH open to the world");
        robot.type(KeyCode.TAB);
        assertThat(focused().getId()).as("Tab leaves the finding").isEqualTo("question-comment");
        robot.write("Ask Jonas");
        robot.type(KeyCode.TAB);
        assertThat(focused().getId()).isEqualTo("question-owner");
        robot.write("Network team");
        alt(KeyCode.A);
        assertThat(focused().getId()).as("Alt+A: Remediation _action").isEqualTo("remediation-action");
        robot.write("Close port 22");
        alt(KeyCode.W);
        assertThat(focused().getId()).as("Alt+W: Remediation o_wner").isEqualTo("remediation-owner");
        robot.write("Platform team");
        shortcut(KeyCode.G);

        shortcut(KeyCode.DOWN);
        assertThat(selected().id()).isNotEqualTo("NET-01");
        assertThat(text("#question-finding")).as("the next control's own, empty answer").isEmpty();
        shortcut(KeyCode.UP);
        assertThat(selected().id()).isEqualTo("NET-01");
        assertNet01OnScreen();

        Answer saved = save().answers().get("NET-01");
        assertThat(saved.status()).isEqualTo(AnswerStatus.PARTIAL);
        assertThat(saved.finding()).isEqualTo("SSH open to the world");
        assertThat(saved.comment()).isEqualTo("Ask Jonas");
        assertThat(saved.owner()).isEqualTo("Network team");
        assertThat(saved.remediation().action()).isEqualTo("Close port 22");
        assertThat(saved.remediation().owner()).isEqualTo("Platform team");
        assertThat(saved.flagged()).isTrue();

        // After the save, the screen still shows the answer, and moving away and back changes nothing.
        clickControl(PHY_01);
        clickControl(NET_01);
        assertNet01OnScreen();
        robot.clickOn("#questions-filter-unanswered");
        assertThat(selected().id()).as("the answered control stays selected under the new filter").isEqualTo("NET-01");
        assertNet01OnScreen();
        assertThat(session.isDirty()).as("showing an answer writes nothing back").isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    private void assertNet01OnScreen() {
        assertThat(text("#question-finding")).isEqualTo("SSH open to the world");
        assertThat(text("#question-comment")).isEqualTo("Ask Jonas");
        assertThat(text("#question-owner")).isEqualTo("Network team");
        assertThat(text("#remediation-action")).isEqualTo("Close port 22");
        assertThat(text("#remediation-owner")).isEqualTo("Platform team");
        assertThat(robot.lookup("#question-flagged").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#status-partial").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#status-implemented").queryAs(ToggleButton.class).isSelected()).isFalse();
    }

    @Test
    void aJustificationIsAskedForUnderItsFieldAndSaved() throws Exception {
        clickControl(NET_01);
        assertThat(visible("#question-justification")).isFalse();
        shortcut(KeyCode.DIGIT4);
        String missing = I18n.t("question.justification.missing");
        assertThat(visible("#question-justification")).isTrue();
        assertThat(visible(missing)).as("the error under the field").isTrue();
        alt(KeyCode.J);
        assertThat(focused().getId()).as("Alt+J: _Justification").isEqualTo("question-justification");
        robot.write("No instances take inbound traffic.");
        assertThat(robot.lookup(missing).tryQuery()).isEmpty();
        pressByKeyboard("#status-alternative");
        assertThat(text("#question-justification")).as("kept for another status that needs one")
                .isEqualTo("No instances take inbound traffic.");

        Answer saved = save().answers().get("NET-01");
        assertThat(saved.status()).isEqualTo(AnswerStatus.ALTERNATIVE);
        assertThat(saved.justification()).isEqualTo("No instances take inbound traffic.");
        shortcut(KeyCode.DOWN);
        shortcut(KeyCode.UP);
        assertThat(text("#question-justification")).isEqualTo("No instances take inbound traffic.");
        assertThat(robot.lookup("#status-alternative").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void evidenceExceptionsAndProviderEvidenceAreEditedInTheirEditors() throws Exception {
        Path report = Files.writeString(dir.resolve("sg-export.json"), "{\"rules\": []}");
        clickControl(NET_01);
        pressByKeyboard("#status-not_implemented");
        dialogs.evidenceFiles.add(report);
        // Keyboard: Alt+D to the due date, then Tab down to Attach file…, which scrolls into view.
        alt(KeyCode.D);
        assertThat(focused().getId()).isEqualTo("remediation-due");
        tabTo("question-evidence-add", 8);
        assertThat(inView("#question-evidence-add")).as("the focused button is scrolled into view").isTrue();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !listItems("#question-evidence").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        tabTo("question-exceptions-pane", 3);
        robot.type(KeyCode.SPACE); // expands the collapsed pane
        tabTo("exception-service", 4);
        robot.clickOn("#exception-service");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Amazon S3").tryQuery().isPresent());
        robot.clickOn("Amazon S3");
        robot.clickOn("#exception-note").write("S3 has no security groups");
        robot.clickOn("#exception-add");
        assertThat(text("#exception-note")).as("cleared for the next exception").isEmpty();

        clickControl(PHY_01);
        assertThat(robot.lookup("#status-inherited").queryAs(ToggleButton.class).isVisible()).isTrue();
        // A new control opens at its top; the provider's evidence is further down: Tab reaches it and
        // scrolls it into view.
        pressByKeyboard("#status-inherited");
        tabTo("provider-evidence-name", 30);
        robot.write("AWS SOC 2 Type II");
        robot.clickOn("#provider-evidence-issuer").write("Example Audit LLP");
        robot.clickOn("#provider-evidence-add");
        assertThat(text("#provider-evidence-name")).isEmpty();

        Assessment saved = save();
        Answer net = saved.answers().get("NET-01");
        assertThat(net.evidence()).singleElement().satisfies(e -> {
            assertThat(e.path()).endsWith("sg-export.json");
            assertThat(e.sha256()).hasSize(64);
        });
        assertThat(net.exceptions()).singleElement().satisfies(x -> assertThat(x.serviceId() + "/" + x.status()
                + "/" + x.note()).isEqualTo("aws.s3/NOT_APPLICABLE/S3 has no security groups"));
        Answer phy = saved.answers().get("PHY-01");
        assertThat(phy.status()).isEqualTo(AnswerStatus.INHERITED);
        assertThat(phy.providerEvidence()).singleElement()
                .satisfies(p -> assertThat(p.name() + "/" + p.issuer()).isEqualTo("AWS SOC 2 Type II/Example Audit LLP"));

        clickControl(NET_01);
        assertThat(listItems("#question-evidence")).hasSize(1);
        assertThat(listItems("#question-exceptions")).hasSize(1);
        // The exception names its service, and the row's buttons keep their words at 1024x700.
        assertThat(robot.lookup("#question-exceptions").lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .map(ListCell::getText).filter(t -> t != null)).singleElement()
                .satisfies(t -> assertThat(t).startsWith("Amazon S3: ").doesNotContain("aws.s3"));
        for (String button : List.of("#exception-add", "#exception-remove")) {
            javafx.scene.control.Button b = robot.lookup(button).queryButton();
            assertThat(b.getWidth()).as(button).isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
        }
        clickControl(PHY_01);
        assertThat(listItems("#question-provider-evidence")).hasSize(1);
        assertThat(dialogs.errors).isEmpty();
    }

    /** Saves through Ctrl+S (Save As for the untitled assessment) and reads the file back. */
    private Assessment save() throws Exception {
        Path file = dir.resolve("questions.demarc");
        dialogs.saveTargets.add(file);
        shortcut(KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && !session.isDirty());
        WaitForAsyncUtils.waitForFxEvents();
        return new ProjectFiles().open(file).value();
    }

    private Node focused() {
        return robot.targetWindow().getScene().getFocusOwner();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }

    @SuppressWarnings("unchecked")
    private List<Object> listItems(String query) {
        return List.copyOf(robot.lookup(query).queryAs(ListView.class).getItems());
    }

    /** Tabs on from the focused field until {@code id} has the focus; at most {@code limit} times. */
    private void tabTo(String id, int limit) {
        for (int i = 0; i < limit && !id.equals(focused().getId()); i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(focused().getId()).isEqualTo(id);
    }

    /** In the window: the scroll pane around it shows it. */
    private boolean inView(String query) {
        Node n = robot.lookup(query).query();
        var bounds = n.localToScene(n.getLayoutBounds());
        return bounds.getMinY() >= 0 && bounds.getMaxY() <= n.getScene().getHeight();
    }

    /** Shown: the node and every parent visible (a hidden grid hides its fields). */
    private boolean visible(String query) {
        for (Node n = robot.lookup(query).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private Control selected() {
        return ((ListView<Control>) robot.lookup("#questions-list").queryAs(ListView.class))
                .getSelectionModel().getSelectedItem();
    }
}
