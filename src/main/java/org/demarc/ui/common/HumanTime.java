package org.demarc.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A moment as people read it in a dialog: local time, the locale's words, to the minute. */
public final class HumanTime {
    private HumanTime() {
    }

    public static String of(Instant at) {
        return of(at, ZoneId.systemDefault(), Locale.getDefault(Locale.Category.FORMAT));
    }

    static String of(Instant at, ZoneId zone, Locale locale) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(at);
    }
}
