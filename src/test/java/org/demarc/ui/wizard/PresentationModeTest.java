package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Control;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presentation mode in a workshop room: View → Present, F5 or the toolbar button hide what is for
 * the assessors only, Tab and Alt keys never reach a hidden field, the status keys still answer,
 * and turning it off shows everything again.
 */
class PresentationModeTest extends WindowTest {
    private static final List<String> INTERNAL = List.of("#question-comment", "#question-owner", "#remediation-owner",
            "#question-evidence", "#question-flagged");

    /** Drawn: the node and every node around it is visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private boolean drawn(String query) {
        return shown(robot.lookup(query).query());
    }

    /** Takes room in the form: neither it nor the part of the form it belongs to is left out of the layout. */
    private static boolean laidOut(Node node) {
        for (Node n = node; n != null && !(n instanceof javafx.scene.control.ScrollPane); n = n.getParent()) {
            if (!n.isManaged() && !n.getStyleClass().contains("viewport")) {
                return false;
            }
        }
        return true;
    }

    /** Alt+N, the finding's key: the form scrolls it into view, as a click could not below the fold. */
    private void toFinding() {
        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused().getId()).isEqualTo("question-finding");
    }

    private Node focused() {
        // The main window's, not that of a menu popup TestFX may be aiming at.
        return robot.lookup("#questions-view").query().getScene().getFocusOwner();
    }

    private static boolean inside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    private void assertInternalFields(boolean visible) {
        for (String q : INTERNAL) {
            assertThat(drawn(q)).as(q + " shown").isEqualTo(visible);
            assertThat(laidOut(robot.lookup(q).query())).as(q + " laid out").isEqualTo(visible);
        }
        assertThat(drawn("#presentation-banner")).as("the banner").isEqualTo(!visible);
    }

    /** Tab from the finding through the rest of the form: the focus never lands in a hidden field. */
    private List<String> tabFromFinding(int presses) {
        toFinding();
        List<Node> hidden = INTERNAL.stream().map(q -> (Node) robot.lookup(q).query()).toList();
        List<String> visited = new java.util.ArrayList<>();
        for (int i = 0; i < presses; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node f = focused();
            assertThat(shown(f)).as("Tab %d lands on something shown: %s", i + 1, f).isTrue();
            for (Node h : hidden) {
                assertThat(inside(f, h) && !shown(h)).as("Tab %d lands in hidden %s", i + 1, h.getId()).isFalse();
            }
            visited.add(String.valueOf(f.getId()));
        }
        return visited;
    }

    @Test
    void theMenuAndF5HideTheInternalFieldsAndTabNeverReachesThem() throws Exception {
        openSampleAtAPartialAnswer();
        assertInternalFields(true);
        assertThat(tabFromFinding(2)).as("not presenting: Tab goes from the finding to the comment")
                .containsExactly("question-comment", "question-owner");

        robot.clickOn("View").clickOn("#menu-present");
        WaitForAsyncUtils.waitForFxEvents();
        assertInternalFields(false);
        assertThat(tabFromFinding(12)).as("presenting: the finding is followed by the remediation action")
                .startsWith("remediation-action");
        // Alt+C is the comment's key: while hidden it must not take the keys that follow.
        robot.push(new KeyCodeCombination(KeyCode.C, KeyCombination.ALT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(focused())).as("Alt+C leaves the focus on a field shown").isTrue();

        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertInternalFields(true);
        assertThat(tabFromFinding(1)).containsExactly("question-comment");

        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertInternalFields(false);
        robot.clickOn("#toolbar-present");
        WaitForAsyncUtils.waitForFxEvents();
        assertInternalFields(true);
        assertThat(robot.lookup("#toolbar-present").queryAs(ToggleButton.class).isSelected()).isFalse();
    }

    @Test
    void answeringByKeyboardStillWorksWhilePresentingAndTextIsLarger() throws Exception {
        String id = openSampleAtAPartialAnswer();
        TextArea finding = robot.lookup("#question-finding").queryAs(TextArea.class);
        double normal = finding.getFont().getSize();
        robot.push(new KeyCodeCombination(KeyCode.C, KeyCombination.ALT_DOWN));
        assertThat(focused().getId()).isEqualTo("question-comment");
        robot.clickOn("#toolbar-present");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(focused())).as("the focus leaves the comment as it hides").isTrue();
        String comment = session.assessment().answers().get(id).comment();
        robot.write("typed while presenting");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment().answers().get(id).comment()).as("nothing typed lands in a hidden field")
                .isEqualTo(comment);
        assertThat(finding.getFont().getSize()).as("presenting enlarges the text").isGreaterThan(normal * 1.2);

        toFinding();
        robot.push(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment().answers().get(id).status()).isEqualTo(AnswerStatus.IMPLEMENTED);
        assertThat(robot.lookup("#status-implemented").queryAs(ToggleButton.class).isSelected()).isTrue();

        robot.push(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Control> list = robot.lookup("#questions-list").queryListView();
        String next = list.getSelectionModel().getSelectedItem().id();
        assertThat(next).isNotEqualTo(id);
        robot.push(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment().answers().get(next).status()).isEqualTo(AnswerStatus.NOT_IMPLEMENTED);
        assertThat(robot.lookup("#status-not_implemented").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertInternalFields(false);

        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(finding.getFont().getSize()).isEqualTo(normal);
    }

    @Test
    void theReviewLeavesOutOwnersAndTheFlaggedListWhilePresenting() throws Exception {
        openSampleAtAPartialAnswer();
        robot.clickOn("6. Review");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gapTexts()).anyMatch(t -> t.contains(" owner "));
        assertThat(robot.lookup("#review-flagged").tryQuery()).isPresent();

        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gapTexts()).isNotEmpty().noneMatch(t -> t.contains("owner"));
        assertThat(robot.lookup("#review-flagged").tryQuery()).as("the flagged list").isEmpty();
        assertThat(robot.lookup("#review-figures").queryAs(javafx.scene.control.Label.class).getText())
                .doesNotContain("flagged");

        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gapTexts()).anyMatch(t -> t.contains(" owner "));
        assertThat(robot.lookup("#review-flagged").tryQuery()).isPresent();
    }

    private List<String> gapTexts() {
        return robot.lookup("#review-gaps .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .map(javafx.scene.control.ListCell::getText).filter(java.util.Objects::nonNull).toList();
    }
}
