package org.demarc.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The provider's page a catalog entry rests on: its title, its address and the day someone read it
 * and found it still said so. Shown as text only; the program never opens it.
 */
public record Source(String title, String url, LocalDate checked) {
    public Source {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(checked, "checked");
    }
}
