package org.demarc.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Dialogs name moments in local time and the locale's words, never as raw UTC with nanoseconds. */
class HumanTimeTest {
    private static final Instant AT = Instant.parse("2026-12-01T10:15:30.123456789Z");

    @Test
    void localTimeToTheMinute() {
        assertThat(HumanTime.of(AT, ZoneId.of("Europe/Berlin"), Locale.UK)).isEqualTo("1 Dec 2026, 11:15");
        assertThat(HumanTime.of(AT, ZoneId.of("America/New_York"), Locale.US)).contains("Dec 1, 2026").contains("5:15");
        assertThat(HumanTime.of(AT, ZoneId.of("UTC"), Locale.GERMANY)).isEqualTo("01.12.2026, 10:15");
    }

    @Test
    void noRawInstantLeaksThrough() {
        assertThat(HumanTime.of(AT)).doesNotContain("T10:15:30").doesNotContain("123456789").doesNotContain("Z");
    }
}
