package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import org.demarc.model.Control;
import org.demarc.ui.MatrixBuilt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every colour the stylesheet looks up exists in the light and the dark theme: each wizard step is
 * shown on the sample in both, and JavaFX's CSS logger (which names a lookup it cannot resolve and
 * then draws the default colour) reports nothing.
 */
class ThemeLookupsTest extends WindowTest {
    /** Held here: java.util.logging keeps loggers only weakly, and a collected one loses its handler. */
    private final Logger css = Logger.getLogger("javafx.css");
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler collect = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(r.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        css.addHandler(collect);
    }

    @AfterEach
    void stopListening() {
        css.removeHandler(collect);
    }

    @ParameterizedTest(name = "dark theme: {0}")
    @ValueSource(booleans = {false, true})
    void everyStepIsStyledWithoutAnUnresolvedLookup(boolean dark) throws Exception {
        openWindow(Locale.US, "#start-sample");
        // The logger is heard: a lookup of a colour no theme defines is reported.
        robot.interact(() -> {
            javafx.scene.control.Label probe = new javafx.scene.control.Label("probe");
            probe.setStyle("-fx-text-fill: -demarc-no-such-colour;");
            new javafx.scene.Scene(new javafx.scene.layout.StackPane(probe));
            probe.applyCss();
        });
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("Could not resolve '-demarc-no-such-colour'"));
        warnings.clear();
        // View → Dark theme, as the menu sets it.
        robot.interact(() -> ((CheckMenuItem) menuItem("menu-dark")).setSelected(dark));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getRoot().getPseudoClassStates()).as("the theme in use")
                .matches(states -> states.stream().anyMatch(p -> p.getPseudoClassName().equals("dark")) == dark);
        for (WizardStep step : WizardStep.values()) {
            // The step's entry in the sidebar, clicked.
            robot.clickOn(robot.lookup(".wizard-sidebar .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                    c.getItem() == step).queryAs(javafx.scene.control.ListCell.class));
            WaitForAsyncUtils.waitForFxEvents();
            if (step == WizardStep.RESPONSIBILITY) {
                MatrixBuilt.await();
            }
            if (step == WizardStep.QUESTIONS) {
                // The list draws each status icon in its colour; the last control fills the detail too.
                ListView<Control> list = robot.lookup("#questions-list").queryListView();
                robot.interact(() -> list.getSelectionModel().selectLast());
                WaitForAsyncUtils.waitForFxEvents();
                // F5 presents (internal fields hidden, the steps rebuilt) and F5 again shows everything.
                robot.type(KeyCode.F5);
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> stage.getScene().getRoot().applyCss());
                robot.type(KeyCode.F5);
                WaitForAsyncUtils.waitForFxEvents();
            }
            robot.interact(() -> stage.getScene().getRoot().applyCss());
        }
        // View → Compare providers…: a window of its own, with the stylesheet's responsibility colours.
        robot.interact(() -> menuItem("menu-compare-providers").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(javafx.stage.Window.getWindows()).as("the comparison window").hasSizeGreaterThan(1);
        robot.interact(() -> javafx.stage.Window.getWindows().forEach(w -> w.getScene().getRoot().applyCss()));
        assertThat(warnings).as("JavaFX's CSS warnings").filteredOn(w -> w.contains("Could not resolve")).isEmpty();
    }

    private javafx.scene.control.MenuItem menuItem(String id) {
        return ((MenuBar) stage.getScene().lookup(".menu-bar")).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
