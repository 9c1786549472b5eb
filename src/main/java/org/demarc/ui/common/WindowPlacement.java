package org.demarc.ui.common;

import java.util.List;

import javafx.geometry.Rectangle2D;

/**
 * Where the window opens: the remembered place and size, as long as it fits a screen that is
 * there now. A laptop that was docked to a large monitor, or a projector of 1024×700, must never get
 * a window wider than itself or one that opens off-screen.
 */
public final class WindowPlacement {
    private WindowPlacement() {
    }

    /** {x, y, width, height}; x and y NaN to let the toolkit centre the window. */
    public static double[] fit(double[] remembered, List<Rectangle2D> screens, Rectangle2D primary) {
        double x = remembered[0];
        double y = remembered[1];
        Rectangle2D screen = primary;
        boolean placed = !Double.isNaN(x) && !Double.isNaN(y);
        if (placed) {
            Rectangle2D home = screens.stream().filter(s -> s.contains(x + 40, y + 20)).findFirst().orElse(null);
            if (home == null) {
                placed = false;
            } else {
                screen = home;
            }
        }
        double w = Math.min(remembered[2], screen.getWidth());
        double h = Math.min(remembered[3], screen.getHeight());
        if (!placed) {
            return new double[] {Double.NaN, Double.NaN, w, h};
        }
        double nx = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - w));
        double ny = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - h));
        return new double[] {nx, ny, w, h};
    }
}
