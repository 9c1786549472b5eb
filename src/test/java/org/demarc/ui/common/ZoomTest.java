package org.demarc.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Zoom moves in fixed steps, stops at both ends, and a remembered value snaps to a step. */
class ZoomTest {
    @Test
    void stepsStopAtBothEnds() {
        Zoom zoom = new Zoom();
        zoom.zoomOut();
        zoom.zoomOut();
        zoom.zoomOut();
        assertThat(zoom.percent()).isEqualTo(80);
        for (int i = 0; i < 20; i++) {
            zoom.zoomIn();
        }
        assertThat(zoom.percent()).isEqualTo(200);
        zoom.reset();
        assertThat(zoom.percent()).isEqualTo(100);
    }

    @Test
    void aRememberedValueSnapsToTheNearestStep() {
        Zoom zoom = new Zoom();
        zoom.set(130);
        assertThat(zoom.percent()).isEqualTo(125);
        zoom.set(5000);
        assertThat(zoom.percent()).isEqualTo(200);
        zoom.set(-3);
        assertThat(zoom.percent()).isEqualTo(80);
    }

    @Test
    void presentingEnlargesOnTopOfTheStep() {
        assertThat(Zoom.fontSizePx(100, false)).isEqualTo(14.0);
        assertThat(Zoom.fontSizePx(200, false)).isEqualTo(28.0);
        assertThat(Zoom.fontSizePx(100, true)).isEqualTo(17.5);
    }
}
