package org.demarc.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Dates in the forms people type, and nothing guessed. */
class DateTextTest {
    private static final LocalDate XMAS_EVE = LocalDate.of(2026, 12, 24);

    @Test
    void isoIsAcceptedInEveryLocale() {
        for (Locale l : new Locale[] {Locale.US, Locale.GERMANY, Locale.UK, Locale.JAPAN, new Locale("ar", "EG")}) {
            assertThat(new DateText(l).parse("2026-12-24")).as(l.toString()).map(DateText.Parsed::date).contains(XMAS_EVE);
            assertThat(new DateText(l).parse(" 2026-12-24 ")).as("surrounding blanks, " + l).isPresent();
        }
    }

    @Test
    void theLocalesOwnFormWithAFourDigitYearIsAccepted() {
        assertThat(new DateText(Locale.GERMANY).parse("24.12.2026")).map(DateText.Parsed::date).contains(XMAS_EVE);
        assertThat(new DateText(Locale.US).parse("12/24/2026")).map(DateText.Parsed::date).contains(XMAS_EVE);
        assertThat(new DateText(Locale.UK).parse("24/12/2026")).map(DateText.Parsed::date).contains(XMAS_EVE);
    }

    @Test
    void anythingElseIsRefusedRatherThanGuessed() {
        DateText us = new DateText(Locale.US);
        assertThat(us.parse("24.12.2026")).as("German form under a US locale").isEmpty();
        assertThat(us.parse("12/24/26")).as("two-digit year").isEmpty();
        assertThat(us.parse("2026-02-31")).as("no 31st of February").isEmpty();
        assertThat(us.parse("2026-12-2")).as("incomplete").isEmpty();
        assertThat(us.parse("20261-12-24")).isEmpty();
        assertThat(us.parse("12/24/20261")).as("five-digit year").isEmpty();
        assertThat(us.parse("next friday")).isEmpty();
        assertThat(new DateText(Locale.GERMANY).parse("24.12.202")).isEmpty();
    }

    @Test
    void theExamplesNameEveryAcceptedShortForm() {
        assertThat(new DateText(Locale.US).examples()).isEqualTo("2026-12-24 or 12/24/2026");
        assertThat(new DateText(Locale.GERMANY).examples()).isEqualTo("2026-12-24 or 24.12.2026");
    }

    @Test
    void aDateIsShownBackInTheFormItWasTypedIn() {
        DateText de = new DateText(Locale.GERMANY);
        DateText.Parsed p = de.parse("24.12.2026").orElseThrow();
        assertThat(p.format().format(p.date())).isEqualTo("24.12.2026");
        DateText.Parsed iso = de.parse("2026-12-24").orElseThrow();
        assertThat(iso.format().format(iso.date())).isEqualTo("2026-12-24");
    }
}
