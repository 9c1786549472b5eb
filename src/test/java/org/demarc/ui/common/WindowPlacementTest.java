package org.demarc.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window always opens on a screen that is there, no larger than it. */
class WindowPlacementTest {
    private static final Rectangle2D PROJECTOR = new Rectangle2D(0, 0, 1024, 700);

    @Test
    void aWindowRememberedOnALargeMonitorFitsAProjector() {
        double[] fit = WindowPlacement.fit(new double[] {1500, 200, 1600, 1000}, List.of(PROJECTOR), PROJECTOR);
        assertThat(fit[2]).isEqualTo(1024);
        assertThat(fit[3]).isEqualTo(700);
        assertThat(Double.isNaN(fit[0])).as("off every screen: centred").isTrue();
    }

    @Test
    void theDefaultSizeShrinksToTheScreen() {
        double[] fit = WindowPlacement.fit(new double[] {Double.NaN, Double.NaN, 1280, 800}, List.of(PROJECTOR), PROJECTOR);
        assertThat(fit).containsExactly(Double.NaN, Double.NaN, 1024, 700);
    }

    @Test
    void aPlaceOnTheScreenIsKeptAndPulledInsideIt() {
        Rectangle2D big = new Rectangle2D(0, 0, 1920, 1080);
        assertThat(WindowPlacement.fit(new double[] {100, 50, 1280, 800}, List.of(big), big)).containsExactly(100, 50, 1280, 800);
        assertThat(WindowPlacement.fit(new double[] {1000, 600, 1280, 800}, List.of(big), big)).containsExactly(640, 280, 1280, 800);
    }
}
