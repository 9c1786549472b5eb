package org.demarc.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Whether bytes may be a report's logo: a PNG or JPEG (told by its content, not its name), at most
 * {@link #MAX_BYTES}, at most {@link #MAX_PIXELS} pixels a side, and readable whole. The dimensions
 * are read from the header before any pixel is decoded, so a huge image is refused cheaply.
 */
public final class LogoImage {
    public static final int MAX_BYTES = 256 * 1024;
    public static final int MAX_PIXELS = 4000;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private LogoImage() {
    }

    /** The problem with these bytes as a logo, located at {@code where}; empty when they are fine. */
    public static Optional<Problem> check(byte[] bytes, String where) {
        if (bytes.length > MAX_BYTES) {
            return Optional.of(Problem.error(where, "logo.tooLarge", bytes.length, MAX_BYTES));
        }
        String type = type(bytes);
        if (type.isEmpty()) {
            String head = new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.UTF_8);
            return Optional.of(Problem.error(where, head.contains("<svg") ? "logo.svg" : "logo.type"));
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type);
            if (in == null || !readers.hasNext()) {
                return Optional.of(Problem.error(where, "logo.unreadable", type.toUpperCase(java.util.Locale.ROOT)));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w > MAX_PIXELS || h > MAX_PIXELS || w < 1 || h < 1) {
                    return Optional.of(Problem.error(where, "logo.dimensions", w, h, MAX_PIXELS));
                }
                reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of(Problem.error(where, "logo.unreadable", type.toUpperCase(java.util.Locale.ROOT)));
        }
        return Optional.empty();
    }

    /** "png", "jpeg", or empty when the bytes start like neither. */
    public static String type(byte[] bytes) {
        if (startsWith(bytes, PNG)) {
            return "png";
        }
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        return "";
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
