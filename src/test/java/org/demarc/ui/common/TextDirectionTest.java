package org.demarc.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.NodeOrientation;
import org.junit.jupiter.api.Test;

/** The direction of a text is that of its first strongly directional character, as in the PDF. */
class TextDirectionTest {
    @Test
    void hebrewAndArabicReadFromTheRight() {
        assertThat(TextDirection.of("שלום עולם")).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(TextDirection.of("مرحبا بالعالم")).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    }

    @Test
    void latinReadsFromTheLeftEvenWithRightToLeftWordsLater() {
        assertThat(TextDirection.of("Firewall")).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(TextDirection.of("Owner: שלום")).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(TextDirection.of("Привет")).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    }

    @Test
    void digitsPunctuationAndEmojiAreNotStrongSoTheFirstLetterDecides() {
        assertThat(TextDirection.of("2026-12-24: 🔒 (שלום)")).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(TextDirection.of("😀 ok")).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(TextDirection.of("\u2067abc")).as("a right-to-left isolate mark").isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    }

    @Test
    void textWithoutALetterFollowsTheWindow() {
        assertThat(TextDirection.of("")).isEqualTo(NodeOrientation.INHERIT);
        assertThat(TextDirection.of("12 / 34 🔒")).isEqualTo(NodeOrientation.INHERIT);
        assertThat(TextDirection.of(null)).isEqualTo(NodeOrientation.INHERIT);
    }
}
