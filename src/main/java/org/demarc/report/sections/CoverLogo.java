package org.demarc.report.sections;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.demarc.model.ReportProfile;
import org.demarc.report.layout.Flow;

/**
 * The profile's logo at the top right of a cover, below the page header, scaled to fit
 * {@link #BOX_WIDTH} × {@link #BOX_HEIGHT} points. Flattened onto white and embedded losslessly as
 * RGB, so the report keeps no transparency and no foreign colour profile: it stays PDF/A.
 */
final class CoverLogo {
    static final float BOX_WIDTH = 150;
    static final float BOX_HEIGHT = 56;
    private static final float TOP = Flow.PAGE.getHeight() - 50;

    private CoverLogo() {
    }

    static void draw(Flow flow, ReportProfile profile) {
        if (!profile.hasLogo()) {
            return;
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(profile.logoBytes()));
            if (image == null) {
                return; // checked when it was chosen or read (org.demarc.io.LogoImage); never fatal here
            }
            PDImageXObject x = LosslessFactory.createFromImage(flow.document(), onWhite(image));
            float scale = Math.min(BOX_WIDTH / image.getWidth(), BOX_HEIGHT / image.getHeight());
            float w = image.getWidth() * scale;
            float h = image.getHeight() * scale;
            // Decoration: the cover names the organisation in words ("Issued by ..."), so a reader loses nothing.
            flow.tags().decoration(flow.content(), flow.page(), () -> {
                try {
                    flow.content().drawImage(x, Flow.MARGIN_X + Flow.WIDTH - w, TOP - h, w, h);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** On white, and no larger than four pixels a point of the box: a large logo does not bloat the report. */
    private static BufferedImage onWhite(BufferedImage image) {
        double shrink = Math.min(1, Math.min(4 * BOX_WIDTH / image.getWidth(), 4 * BOX_HEIGHT / image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * shrink));
        int h = Math.max(1, (int) Math.round(image.getHeight() * shrink));
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                    java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
