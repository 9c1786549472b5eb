package org.demarc.ui.common;

import java.util.List;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The window's text size in fixed steps, as a percentage of the theme's own size. Layouts sized in
 * em follow the root font size, so one number scales every step; presentation mode adds its own
 * enlargement on top of the chosen step.
 */
public final class Zoom {
    public static final List<Integer> STEPS = List.of(80, 90, 100, 110, 125, 150, 175, 200);
    public static final int ACTUAL = 100;
    /** How much larger text is while presenting, on top of the zoom step. */
    public static final double PRESENTING_FACTOR = 1.25;
    /** The root font size of the AtlantaFX Primer themes, in pixels. */
    public static final double THEME_SIZE_PX = 14;

    private final IntegerProperty percent = new SimpleIntegerProperty(this, "percent", ACTUAL);

    public IntegerProperty percentProperty() {
        return percent;
    }

    public int percent() {
        return percent.get();
    }

    /** Sets the zoom to the step nearest to {@code value} (a remembered value may be anything). */
    public void set(int value) {
        percent.set(nearestStep(value));
    }

    public void zoomIn() {
        int i = STEPS.indexOf(percent());
        percent.set(STEPS.get(Math.min(i + 1, STEPS.size() - 1)));
    }

    public void zoomOut() {
        int i = STEPS.indexOf(percent());
        percent.set(STEPS.get(Math.max(i - 1, 0)));
    }

    public void reset() {
        percent.set(ACTUAL);
    }

    static int nearestStep(int value) {
        int best = ACTUAL;
        for (int step : STEPS) {
            if (Math.abs(step - value) < Math.abs(best - value)) {
                best = step;
            }
        }
        return best;
    }

    /** The root font size for a zoom step, in pixels, rounded to a half pixel for crisp text. */
    public static double fontSizePx(int percent, boolean presenting) {
        double size = THEME_SIZE_PX * percent / 100.0 * (presenting ? PRESENTING_FACTOR : 1);
        return Math.round(size * 2) / 2.0;
    }
}
