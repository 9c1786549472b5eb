package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.demarc.model.Assessment;
import org.demarc.project.ProjectFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Any Unicode text of any length in any field: at 1024×700 no step is wider than its window and
 * no control is cut off at the right; the save and the reload are exact.
 */
class BadInputGuiTest extends WindowTest {
    private static final String RTL = "مراجعة المسؤولية المشتركة \u202Eevil\u202C";
    private static final double WIDTH = 1024;
    private static final double HEIGHT = 700;
    private static final String EMOJI = "🔐🧑🏽‍💻 \u0000\u0007 tab\there";

    private final List<Throwable> fxErrors = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        openWindow(Locale.US, "#start-sample");
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e)));
    }

    /**
     * The step fits the width the window leaves it (a step whose minimum width is larger is laid
     * out wider and cut off at the window's edge), shows no horizontal scroll bar, and every
     * visible control ends inside the step, or inside the scroll pane or list that holds it.
     */
    private void assertNothingClippedHorizontally(WizardStep step) {
        Region content = (Region) stage.getScene().lookup(".wizard-content");
        Node view = content.getChildrenUnmodifiable().get(0);
        assertThat(content.getWidth()).as("%s: the step's area", step).isLessThan(WIDTH).isGreaterThan(WIDTH / 2);
        assertThat(view.minWidth(-1)).as("%s: minimum width", step).isLessThanOrEqualTo(content.getWidth() + 0.5);
        assertThat(view.getLayoutBounds().getWidth()).as("%s: laid-out width", step)
                .isLessThanOrEqualTo(content.getWidth() + 0.5);
        List<String> problems = new ArrayList<>();
        check(view, content.localToScene(content.getLayoutBounds()).getMaxX(), problems);
        assertThat(problems).as("%s at %.0f×%.0f", step, WIDTH, HEIGHT).isEmpty();
    }

    private static void check(Node node, double rightEdge, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        // The matrix moves its window of service columns with a scroll bar of its own, by design.
        if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                && !"matrix-sideways".equals(bar.getId())) {
            problems.add("horizontal scroll bar shown in " + describe(node.getParent()));
            return;
        }
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (node instanceof Control && b.getWidth() > 0 && b.getMaxX() > rightEdge + 0.5) {
            problems.add(String.format("%s ends at x=%.0f, beyond %.0f", describe(node), b.getMaxX(), rightEdge));
        }
        if (node instanceof TableView<?>) {
            // A data grid (the responsibility matrix: a column per service) scrolls sideways by
            // design: the table itself must fit, its columns need not.
            return;
        }
        double edge = rightEdge;
        if (node instanceof ScrollPane || node instanceof VirtualFlow<?>) {
            // Content inside scrolls or is clipped by its viewport: it must end inside that viewport.
            edge = Math.min(rightEdge, b.getMaxX());
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                check(child, edge, problems);
            }
        }
    }

    private static String describe(Node node) {
        String id = node.getId() != null ? "#" + node.getId() : String.join(".", node.getStyleClass());
        return node.getClass().getSimpleName() + (id.isEmpty() ? "" : " " + id);
    }

    @Test
    void hugeAndHostileTextKeepsTheLayoutAndSurvivesSaveAndReload() throws Exception {
        String huge = "Finding line with words. ".repeat(4000); // 100,000 characters
        String longTitle = "T".repeat(10_000);
        robot.interact(() -> {
            robot.lookup("#engagement-title").queryAs(TextField.class).setText(longTitle);
            robot.lookup("#engagement-workload").queryAs(TextField.class).setText(RTL + " " + EMOJI);
            window.wizard().go(WizardStep.QUESTIONS);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            robot.lookup("#question-finding").queryAs(TextArea.class).setText(huge);
            robot.lookup("#question-comment").queryAs(TextArea.class).setText(EMOJI + RTL);
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (WizardStep step : WizardStep.values()) {
            robot.interact(() -> window.wizard().go(step));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> assertNothingClippedHorizontally(step));
        }
        Assessment edited = session.assessment();
        assertThat(edited.engagement().title()).hasSize(10_000);
        Path file = dir.resolve("bad.demarc");
        dialogs.saveTargets.add(file);
        robot.interact(files::save);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && !session.isDirty());
        assertThat(new ProjectFiles().open(file).value()).isEqualTo(edited);
        assertThat(fxErrors).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }
}
