package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Locale;

import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.demarc.project.journal.RecoveryJournal;
import org.demarc.ui.common.UiPreferences;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.shell.FileActions;
import org.demarc.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Zoom by the keys people press (Ctrl+Plus, Ctrl+=, Ctrl+Minus, Ctrl+0) changes the size the text
 * is drawn at and is remembered by the next window; Hebrew typed into the finding is laid out
 * from the right, Latin from the left.
 */
class ZoomAndDirectionTest extends WindowTest {
    private double titleSize() {
        return robot.lookup("#engagement-title").queryAs(javafx.scene.control.TextField.class).getFont().getSize();
    }

    private String percentShown() {
        return robot.lookup("#zoom-percent").queryAs(Label.class).getText();
    }

    @Test
    void zoomKeysChangeTheRenderedSizeAndANewWindowRemembersIt() throws Exception {
        openWindow(Locale.US);
        double actual = titleSize();
        assertThat(percentShown()).isEqualTo("100%");
        shortcut(KeyCode.PLUS);
        assertThat(percentShown()).isEqualTo("110%");
        assertThat(titleSize()).isCloseTo(actual * 1.1, org.assertj.core.data.Offset.offset(0.5));
        shortcut(KeyCode.EQUALS);
        shortcut(KeyCode.ADD);
        assertThat(percentShown()).as("Ctrl+= and the keypad's + zoom in too").isEqualTo("150%");
        assertThat(titleSize()).isCloseTo(actual * 1.5, org.assertj.core.data.Offset.offset(0.5));
        shortcut(KeyCode.MINUS);
        assertThat(percentShown()).isEqualTo("125%");
        shortcut(KeyCode.DIGIT0);
        assertThat(percentShown()).isEqualTo("100%");
        assertThat(titleSize()).isEqualTo(actual);
        shortcut(KeyCode.PLUS);
        shortcut(KeyCode.PLUS);
        assertThat(percentShown()).isEqualTo("125%");

        // A new window on the same preferences opens at the zoom last chosen.
        AssessmentSession second = new AssessmentSession();
        FileActions secondFiles = new FileActions(second, dialogs, new UiPreferences(preferences),
                new RecoveryJournal(dir.resolve("journal2")), Clock.systemUTC());
        FxToolkit.setupStage(s -> {
            MainWindow window = new MainWindow(s, second, secondFiles, new UiPreferences(preferences), dialogs,
                    Clock.systemUTC());
            s.setScene(new Scene(window.root(), 1024, 700));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(percentShown()).isEqualTo("125%");
        robot.clickOn("#start-new");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titleSize()).isCloseTo(actual * 1.25, org.assertj.core.data.Offset.offset(0.5));
        secondFiles.flushJournal();
        secondFiles.awaitFileWork();
    }

    @Test
    void rightToLeftTextTypedIntoTheFindingIsLaidOutFromTheRight() throws Exception {
        String id = openSampleAtAPartialAnswer();
        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        TextArea finding = robot.lookup("#question-finding").queryAs(TextArea.class);
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.write("החומה פתוחה לעולם");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(finding.getText()).isEqualTo("החומה פתוחה לעולם");
        assertThat(session.assessment().answers().get(id).finding()).isEqualTo("החומה פתוחה לעולם");
        assertThat(finding.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);

        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.write("Port 22 open");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(finding.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);

        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.write("مرحبا");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(finding.getEffectiveNodeOrientation()).as("as the user types").isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(javafx.scene.text.Font.getFamilies()).as("the report's fonts are the window's fallback")
                .contains("Noto Emoji", "Droid Sans Fallback", "NanumSquare");
    }

    /** The sample with a Hebrew control title and an Arabic service name, as a catalog in those languages gives. */
    private static org.demarc.model.Assessment rightToLeftNames(org.demarc.model.Assessment a, String controlId,
            String title, String serviceId, String name) {
        org.demarc.model.Catalog c = a.catalog();
        var controls = c.controls().stream().map(k -> !k.id().equals(controlId) ? k
                : new org.demarc.model.Control(k.id(), title, k.domainId(), k.controlClass(), k.question(), k.guidance(),
                        k.providerPart(), k.customerPart(), k.defaults(), k.mappings(), k.evidenceHints(), k.weight()))
                .toList();
        var services = c.services().stream().map(v -> !v.id().equals(serviceId) ? v
                : new org.demarc.model.Service(v.id(), name, v.group(), v.category(), v.description(), v.overrides()))
                .toList();
        org.demarc.model.Catalog changed = new org.demarc.model.Catalog(c.id(), c.name(), c.version(), c.provider(),
                c.categories(), c.domains(), services, controls);
        return new org.demarc.model.Assessment(a.engagement(), changed, a.scope(), a.answers(), a.signOff(), a.history());
    }

    /** Laid out from the right: the text (or the icon before it) at the cell's right edge. */
    private static void assertRightAligned(javafx.scene.control.IndexedCell<?> cell) {
        javafx.scene.text.Text text = (javafx.scene.text.Text) cell.lookup(".text");
        var cellBounds = cell.localToScreen(cell.getBoundsInLocal());
        var textBounds = text.localToScreen(text.getBoundsInLocal());
        assertThat(cell.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        if (cell.getGraphic() != null) {
            // The status icon leads the line, on the right, and the text follows it to the left.
            var icon = cell.getGraphic().localToScreen(cell.getGraphic().getBoundsInLocal());
            assertThat(icon.getMinX()).as("icon right of the text").isGreaterThanOrEqualTo(textBounds.getMaxX());
            assertThat(cellBounds.getMaxX() - icon.getMaxX()).as("room right of the icon").isLessThan(16);
            return;
        }
        double right = cellBounds.getMaxX() - textBounds.getMaxX();
        assertThat(right).as("room right of the text").isLessThan(16);
        assertThat(textBounds.getMinX() - cellBounds.getMinX()).as("room left of the text").isGreaterThan(right);
    }

    @Test
    void hebrewAndArabicNamesInListsAndTheMatrixAreRightAligned() throws Exception {
        openWindow(Locale.US, "#start-sample");
        String hebrew = "בקרת גישה לחשבון";
        String arabic = "خدمة التخزين";
        String controlId = session.assessment().catalog().controls().get(0).id();
        String serviceId = session.assessment().scope().first();
        robot.interact(() -> session.load(rightToLeftNames(session.assessment(), controlId, hebrew, serviceId, arabic),
                null, true));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("5. Questions");
        javafx.scene.control.ListView<org.demarc.model.Control> list = robot.lookup("#questions-list").queryListView();
        robot.interact(() -> list.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        var questionCells = robot.lookup("#questions-list .list-cell").queryAllAs(javafx.scene.control.ListCell.class);
        assertRightAligned(questionCells.stream().filter(c -> c.getItem() != null
                && ((org.demarc.model.Control) c.getItem()).id().equals(controlId)).findFirst().orElseThrow());
        assertThat(questionCells).filteredOn(c -> c.getItem() != null && !((org.demarc.model.Control) c.getItem()).id().equals(controlId))
                .allSatisfy(c -> assertThat(c.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT));

        robot.clickOn("3. Services");
        javafx.scene.control.ListView<org.demarc.model.Service> servicesList = robot.lookup("#services-list").queryListView();
        robot.interact(() -> servicesList.getItems().stream().filter(v -> v.id().equals(serviceId)).findFirst()
                .ifPresent(servicesList::scrollTo));
        WaitForAsyncUtils.waitForFxEvents();
        var serviceCell = robot.lookup("#services-list .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getItem() != null && ((org.demarc.model.Service) c.getItem()).id().equals(serviceId))
                .findFirst().orElseThrow();
        assertThat(serviceCell.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        javafx.scene.Node name = serviceCell.lookup(".text-bold");
        var cellBounds = serviceCell.localToScreen(serviceCell.getBoundsInLocal());
        var nameBounds = name.localToScreen(name.getBoundsInLocal());
        assertThat(cellBounds.getMaxX() - nameBounds.getMaxX()).as("the Arabic name starts at the right")
                .isLessThan(nameBounds.getMinX() - cellBounds.getMinX());

        robot.clickOn("4. Responsibility");
        org.demarc.ui.MatrixBuilt.await();
        var titleCell = robot.lookup("#matrix-fixed .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> hebrew.equals(c.getItem())).findFirst().orElseThrow();
        assertRightAligned(titleCell);

        robot.clickOn("7. Sign-off");
        TextArea statement = robot.lookup("#signoff-statement").queryAs(TextArea.class);
        robot.push(new KeyCodeCombination(KeyCode.S, KeyCombination.ALT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(statement.isFocused()).isTrue();
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.write("אני מאשר את הממצאים");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(statement.getEffectiveNodeOrientation()).as(statement.getText()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    }

    @Test
    void anArabicExceptionNoteTypedInIsListedFromTheRight() throws Exception {
        openSampleAtAPartialAnswer();
        var pane = robot.lookup("#question-exceptions-pane").queryAs(javafx.scene.control.TitledPane.class);
        // Focus scrolls the collapsed pane into view; Space opens it, as from the keyboard.
        robot.interact(pane::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#exception-service").query().requestFocus());
        robot.clickOn("#exception-service");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#exception-note").write("لا توجد مجموعات أمان");
        robot.clickOn("#exception-add");
        WaitForAsyncUtils.waitForFxEvents();
        var cell = robot.lookup("#question-exceptions .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().endsWith("لا توجد مجموعات أمان")).findFirst().orElseThrow();
        assertRightAligned(cell);
    }
}
