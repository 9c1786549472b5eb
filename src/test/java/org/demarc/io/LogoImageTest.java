package org.demarc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.demarc.fixtures.TestImages;
import org.junit.jupiter.api.Test;

/** A logo is a PNG or JPEG by its content, small enough in bytes and pixels, and readable whole. */
class LogoImageTest {
    @Test
    void pngAndJpegAreAcceptedByTheirContent() {
        assertThat(LogoImage.check(TestImages.png(300, 100), "")).isEmpty();
        assertThat(LogoImage.check(TestImages.jpeg(300, 100), "")).isEmpty();
        assertThat(LogoImage.type(TestImages.jpeg(10, 10))).isEqualTo("jpeg");
    }

    @Test
    void anSvgIsRefusedWithWhatToDoInstead() {
        byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
        assertThat(LogoImage.check(svg, "/reportProfile/logo")).get()
                .satisfies(p -> assertThat(p.location()).isEqualTo("/reportProfile/logo"))
                .satisfies(p -> assertThat(p.text()).contains("SVG", "save it as PNG"));
    }

    @Test
    void otherFilesTooLargeTooManyPixelsAndCutShortAreRefusedSayingWhy() {
        assertThat(LogoImage.check("GIF89a....".getBytes(StandardCharsets.US_ASCII), "")).get()
                .satisfies(p -> assertThat(p.text()).contains("neither a PNG nor a JPEG"));
        byte[] big = Arrays.copyOf(TestImages.png(10, 10), LogoImage.MAX_BYTES + 1);
        assertThat(LogoImage.check(big, "")).get().satisfies(p -> assertThat(p.text()).contains("at most 262144 bytes"));
        assertThat(LogoImage.check(TestImages.png(LogoImage.MAX_PIXELS + 1, 2), "")).get()
                .satisfies(p -> assertThat(p.text()).contains("4001 \u00d7 2 pixels", "at most 4000 pixels"));
        byte[] png = TestImages.png(200, 200);
        assertThat(LogoImage.check(Arrays.copyOf(png, png.length / 2), "")).get()
                .satisfies(p -> assertThat(p.text()).contains("PNG image but cannot be read"));
    }
}
