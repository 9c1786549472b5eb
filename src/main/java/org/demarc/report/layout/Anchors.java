package org.demarc.report.layout;

import java.util.ArrayList;
import java.util.List;

/** Where each section and domain starts, for the contents page and the PDF bookmarks. */
public final class Anchors {
    private final List<Anchor> anchors = new ArrayList<>();

    public void add(String title, int level, int pageIndex, float y) {
        anchors.add(new Anchor(title, level, pageIndex, y));
    }

    public List<Anchor> all() {
        return List.copyOf(anchors);
    }

    /** A destination: a title at an outline level (0 = section, 1 = domain), a page index and a height. */
    public record Anchor(String title, int level, int pageIndex, float y) {
    }
}
