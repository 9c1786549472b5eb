package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.ui.MatrixBuilt;
import org.demarc.project.ProjectFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A whole workshop, headless: new assessment → engagement → EC2, S3 and RDS picked by searching →
 * controls answered (some with the keyboard only) → sign-off → save → close → reopen.
 */
class WizardEndToEndTest extends WindowTest {
    @BeforeEach
    void open() throws Exception {
        showWindow(Locale.US);
    }

    private void push(KeyCode code) {
        robot.push(new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void pickService(String search, String serviceId) {
        robot.clickOn("#services-search");
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.write(search);
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment().scope()).as("after searching " + search).contains(serviceId);
    }

    @SuppressWarnings("unchecked")
    private Control selected() {
        ListView<Control> list = robot.lookup("#questions-list").queryAs(ListView.class);
        return list.getSelectionModel().getSelectedItem();
    }

    @Test
    void aWholeWorkshopSurvivesSaveCloseAndReopen() throws Exception {
        robot.clickOn("#start-new");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#engagement-title").write("Payments platform review");
        robot.clickOn("#engagement-client").write("Example Corp");
        robot.clickOn("#engagement-workload").write("Card vault – «Zahlungen» 支付");
        assertThat(session.assessment().engagement().title()).isEqualTo("Payments platform review");

        robot.clickOn("3. Services");
        pickService("EC2", "aws.ec2");
        pickService("S3", "aws.s3");
        pickService("rds", "aws.rds");
        assertThat(session.assessment().scope()).containsExactly("aws.ec2", "aws.rds", "aws.s3");

        robot.clickOn("5. Questions");
        clickControl("PAT-02  Guest operating system updates and security patches");
        // Keyboard only: status, finding, next, status.
        push(KeyCode.DIGIT2);
        // Alt+N (Fi_nding) and Alt+C (Internal _comment) focus the fields below the fold at 1024×700.
        alt(KeyCode.N);
        robot.write("Monthly patching; two legacy hosts excluded.");
        alt(KeyCode.C);
        robot.write("Ask Marta for the SSM report.");
        assertThat(session.assessment().answers().get("PAT-02").status()).isEqualTo(AnswerStatus.PARTIAL);
        push(KeyCode.DOWN);
        Control afterPat02 = selected();
        push(KeyCode.DIGIT3);
        push(KeyCode.G);
        assertThat(session.assessment().answers().get(afterPat02.id()).status()).isEqualTo(AnswerStatus.NOT_IMPLEMENTED);
        assertThat(session.assessment().answers().get(afterPat02.id()).flagged()).isTrue();
        push(KeyCode.DOWN);
        Control third = selected();
        push(KeyCode.DIGIT4);
        assertThat(robot.lookup("#question-justification").queryAs(TextArea.class).isVisible()).isTrue();
        alt(KeyCode.J);
        robot.write("Not used in this workload.");
        // Mouse: the status buttons.
        clickControl("NET-01  Security group and firewall configuration");
        // The detail keeps its scroll position from the previous control: back to its top, as with the scroll bar.
        robot.interact(() -> {
            javafx.scene.Node n = robot.lookup("#question-header").query();
            while (!(n instanceof javafx.scene.control.ScrollPane)) {
                n = n.getParent();
            }
            ((javafx.scene.control.ScrollPane) n).setVvalue(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#status-implemented");
        // Alt+O, as the form is taller than the window: the mnemonic scrolls the owner into view.
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.ALT_DOWN));
        robot.write("Network team");

        // Answer the rest: keyboard for questions, provider evidence for inherited controls.
        for (int guard = 0; guard < 80 && !session.analysis().unanswered().isEmpty(); guard++) {
            push(KeyCode.U);
            Control c = selected();
            if (session.analysis().isInherited(c)) {
                // A new control opens at its top; Tab brings the provider's evidence into view.
                tabTo("provider-evidence-name");
                robot.write("AWS SOC 2 Type II");
                robot.clickOn("#provider-evidence-add");
            } else {
                push(KeyCode.DIGIT1);
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(session.analysis().unanswered()).isEmpty();

        robot.clickOn("7. Sign-off");
        robot.clickOn("#signoff-name").write("Ada Auditor");
        robot.clickOn("#signoff-role").write("Lead auditor");
        robot.clickOn("#signoff-organisation").write("Example Audit LLP");
        pressByKeyboard("#signoff-add");
        assertThat(robot.lookup("#signoff-signatories").queryListView().getItems()).as("the signatory added").hasSize(1);
        // A control was flagged and most are "implemented" with no finding: reviewed before signing.
        assertThat(robot.lookup("#signoff-sign").queryButton().isDisabled()).isTrue();
        // By keyboard: the focus brings the box into view at 1024×700, Space ticks it, then the button.
        pressByKeyboard("#signoff-warnings-reviewed");
        assertThat(robot.lookup("#signoff-warnings-reviewed").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#signoff-sign").queryButton().isDisabled()).as("reviewed: ready to sign").isFalse();
        pressByKeyboard("#signoff-sign");
        assertThat(session.assessment().isSignedOff()).isTrue();
        Assessment signed = session.assessment();

        // The final report, exported in the background from the wizard.
        robot.clickOn("8. Export report");
        Path pdf = dir.resolve("payments.pdf");
        dialogs.pdfTargets.add(pdf);
        robot.clickOn("#export-final");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(pdf));
        assertThat(Files.size(pdf)).isGreaterThan(10_000);

        Path file = dir.resolve("payments.demarc");
        dialogs.saveTargets.add(file);
        push(KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !session.isDirty() && Files.exists(file));
        assertThat(new ProjectFiles().open(file).value()).isEqualTo(signed);

        push(KeyCode.W);
        assertThat(session.assessment()).isNull();

        dialogs.openTargets.add(file);
        robot.clickOn("#start-open");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.assessment() != null);
        // The condition is read off the FX thread: let the rest of the open (file, title) finish.
        WaitForAsyncUtils.waitForFxEvents();
        Assessment reopened = session.assessment();
        assertThat(reopened).isEqualTo(signed);
        assertThat(reopened.engagement().workload()).isEqualTo("Card vault – «Zahlungen» 支付");
        assertThat(reopened.answers().get("PAT-02").finding()).isEqualTo("Monthly patching; two legacy hosts excluded.");
        assertThat(reopened.answers().get("PAT-02").comment()).isEqualTo("Ask Marta for the SSM report.");
        assertThat(reopened.answers().get(third.id()).justification()).isEqualTo("Not used in this workload.");
        assertThat(reopened.answers().get("NET-01").owner()).isEqualTo("Network team");
        assertThat(reopened.signOff().signatories()).singleElement()
                .satisfies(s -> assertThat(s.name() + "/" + s.role() + "/" + s.organisation())
                        .isEqualTo("Ada Auditor/Lead auditor/Example Audit LLP"));
        assertThat(session.readOnlyProperty().get()).isTrue();
        assertThat(stage.getTitle()).contains("payments.demarc").contains("read-only");

        // What the screen shows after reopening, step by step, not only what the session holds.
        robot.clickOn("2. Engagement");
        assertThat(text("#engagement-title")).isEqualTo("Payments platform review");
        assertThat(text("#engagement-client")).isEqualTo("Example Corp");
        assertThat(text("#engagement-workload")).isEqualTo("Card vault – «Zahlungen» 支付");
        assertThat(robot.lookup("#engagement-title").query().isDisabled()).as("signed off: read-only").isTrue();

        robot.clickOn("4. Responsibility");
        MatrixBuilt.await();
        TableView<?> matrix = robot.lookup("#matrix-table").queryAs(TableView.class);
        assertThat(matrix.getColumns().stream().map(TableColumn::getId).filter(id -> id != null && id.startsWith("aws.")))
                .as("a matrix column per service in scope").containsExactlyInAnyOrder("aws.ec2", "aws.rds", "aws.s3");
        assertThat(matrix.getItems()).isNotEmpty();

        robot.clickOn("5. Questions");
        show("PAT-02");
        assertThat(text("#question-finding")).isEqualTo("Monthly patching; two legacy hosts excluded.");
        assertThat(text("#question-comment")).isEqualTo("Ask Marta for the SSM report.");
        assertThat(selectedStatus()).isEqualTo("status-partial");
        assertThat(robot.lookup("#question-finding").query().isDisabled()).as("signed off: read-only").isTrue();
        show(afterPat02.id());
        assertThat(selectedStatus()).isEqualTo("status-not_implemented");
        assertThat(robot.lookup("#question-flagged").queryAs(CheckBox.class).isSelected()).isTrue();
        show(third.id());
        assertThat(selectedStatus()).isEqualTo("status-not_applicable");
        assertThat(text("#question-justification")).isEqualTo("Not used in this workload.");
        show("NET-01");
        assertThat(selectedStatus()).isEqualTo("status-implemented");
        assertThat(text("#question-owner")).isEqualTo("Network team");

        robot.clickOn("7. Sign-off");
        ListView<?> signatories = robot.lookup("#signoff-signatories").queryAs(ListView.class);
        assertThat(signatories.getItems()).hasSize(1);
        assertThat(robot.from(signatories).lookup((Node n) -> n instanceof ListCell<?> c && c.getText() != null
                && c.getText().contains("Ada Auditor") && c.getText().contains("Example Audit LLP")).tryQuery()).isPresent();
        assertThat(dialogs.errors).isEmpty();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }

    /** Selects a control in the question list the way a click would, after scrolling to it. */
    @SuppressWarnings("unchecked")
    private void show(String id) {
        ListView<Control> list = robot.lookup("#questions-list").queryAs(ListView.class);
        robot.interact(() -> list.getItems().stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(c -> {
            list.scrollTo(c);
            list.getSelectionModel().clearAndSelect(list.getItems().indexOf(c));
        }));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected().id()).isEqualTo(id);
    }

    /** The id of the one status button shown as selected. */
    private String selectedStatus() {
        return robot.lookup(".toggle-button").queryAllAs(ToggleButton.class).stream()
                .filter(b -> b.getId() != null && b.getId().startsWith("status-") && b.isSelected())
                .map(ToggleButton::getId).reduce((a, b) -> a + "," + b).orElse("none");
    }

    /** Tabs from the status buttons to the node, which scrolls into view as it takes the focus. */
    private void tabTo(String id) {
        pressByKeyboard("#status-inherited");
        for (int i = 0; i < 40 && !id.equals(focusedId()); i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(focusedId()).isEqualTo(id);
    }

    private String focusedId() {
        javafx.scene.Node n = stage.getScene().getFocusOwner();
        return n == null ? null : n.getId();
    }
}
