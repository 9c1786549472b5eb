package org.demarc.ui.common;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Dates as people type them: ISO {@code 2026-12-24} always, plus the user's locale formats with a
 * four-digit year ({@code 12/24/2026} in the US, {@code 24.12.2026} in Germany). Strict: the 31st
 * of February, a two-digit year or a year outside 1900–2199 is not a date, so nothing is guessed.
 * Text only, no toolkit.
 */
public final class DateText {
    /** The day the examples show; fixed, so that messages and prompts never change from day to day. */
    private static final LocalDate EXAMPLE = LocalDate.of(2026, 12, 24);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private final List<DateTimeFormatter> formats;

    public DateText(Locale locale) {
        Set<String> patterns = new LinkedHashSet<>();
        for (FormatStyle style : new FormatStyle[] {FormatStyle.SHORT, FormatStyle.MEDIUM}) {
            patterns.add(fourDigitYear(DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null,
                    IsoChronology.INSTANCE, locale)));
        }
        List<DateTimeFormatter> list = new ArrayList<>();
        for (String p : patterns) {
            list.add(DateTimeFormatter.ofPattern(p, locale).withResolverStyle(ResolverStyle.STRICT));
        }
        list.add(ISO);
        formats = List.copyOf(list);
    }

    /** The locale's pattern with its year as four digits, and {@code u} so that STRICT needs no era. */
    private static String fourDigitYear(String pattern) {
        return pattern.replaceAll("y+", "uuuu");
    }

    /** The date, or empty when the text is none of the accepted forms. Blank text is not parsed here. */
    public Optional<Parsed> parse(String text) {
        String t = text == null ? "" : text.strip();
        for (DateTimeFormatter f : formats) {
            try {
                LocalDate d = LocalDate.parse(t, f);
                if (d.getYear() >= 1900 && d.getYear() < 2200) {
                    return Optional.of(new Parsed(d, f));
                }
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** A date and the form it was typed in, so it can be shown back in that form. */
    public record Parsed(LocalDate date, DateTimeFormatter format) {
    }

    /** How a date is shown when the user has not typed one: the locale's short form, four-digit year. */
    public DateTimeFormatter displayFormat() {
        return formats.get(0);
    }

    public String format(LocalDate date) {
        return date == null ? "" : displayFormat().format(date);
    }

    /** The forms accepted, by example: "2026-12-24 or 12/24/2026". */
    public String examples() {
        Set<String> shown = new LinkedHashSet<>();
        shown.add(ISO.format(EXAMPLE));
        shown.add(displayFormat().format(EXAMPLE));
        return String.join(I18n.t("date.or"), shown);
    }
}
