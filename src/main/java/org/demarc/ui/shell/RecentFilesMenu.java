package org.demarc.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.UiPreferences;

/**
 * File → Open recent, filled each time it opens (another window or a save may have changed the
 * list). A file no longer on disk is marked missing; choosing it says so and offers to forget it.
 */
final class RecentFilesMenu {
    private RecentFilesMenu() {
    }

    static Menu of(UiPreferences prefs, Consumer<Path> open) {
        Menu recent = new Menu(I18n.t("menu.file.recent"));
        recent.setId("menu-recent");
        recent.setOnShowing(e -> fill(recent, prefs.recentFiles(), open));
        // A menu with no items never shows its submenu; the placeholder is replaced on showing.
        recent.getItems().add(new MenuItem());
        return recent;
    }

    private static void fill(Menu recent, List<Path> files, Consumer<Path> open) {
        recent.getItems().clear();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem(I18n.t("start.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
        for (Path p : files) {
            // Still enabled when missing: choosing it is how the entry is taken off the list.
            MenuItem m = new MenuItem(MissingFile.isMissing(p) ? I18n.t("menu.file.recent.missing", p) : p.toString());
            m.setMnemonicParsing(false);
            m.setOnAction(e -> open.accept(p));
            recent.getItems().add(m);
        }
    }
}
