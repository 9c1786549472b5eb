package org.demarc.project.portfolio;

import java.util.List;

/** Every assessment found under a folder, by relative path, broken files and folders among them. */
public record Portfolio(List<PortfolioEntry> entries) {
    public Portfolio {
        entries = List.copyOf(entries);
    }

    public long broken() {
        return entries.stream().filter(PortfolioEntry::isBroken).count();
    }
}
