package org.demarc.ui;

import java.util.concurrent.TimeUnit;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** The matrix builds its rows over several pulses the first time it is shown; tests read it once it has them all. */
public final class MatrixBuilt {
    private static final PseudoClass BUILDING = PseudoClass.getPseudoClass("building");

    private MatrixBuilt() {
    }

    /** Waits until the Responsibility step's matrix is on screen with every row. */
    public static void await() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null)
                .map(w -> w.getScene().lookup(".matrix-tables"))
                .anyMatch(n -> n != null && n.isVisible() && n.getScene() != null && !building(n)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean building(Node tables) {
        return tables.getPseudoClassStates().contains(BUILDING);
    }
}
