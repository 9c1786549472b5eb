package org.demarc.ui.wizard.responsibility;

import java.util.Locale;

import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import org.demarc.model.Assignment;
import org.demarc.model.Control;
import org.demarc.model.Responsibility;
import org.demarc.ui.common.I18n;

/**
 * One matrix cell: a letter on the responsibility's colour, {@code *} for an override. Cells are
 * made for every visible row × column and reused while scrolling, so an update only swaps a text
 * and one pseudo-class ({@code :provider}, {@code :shared}, {@code :customer},
 * {@code :not_applicable}), all prepared once. A pseudo-class, not a style class: changing a style
 * class matches every style sheet rule against the cell again, which a page of scrolling did for
 * hundreds of cells; a pseudo-class only switches between the styles it already matched. The
 * reason is read in the "Why this cell" panel.
 */
public final class AssignmentCell extends TableCell<Control, Assignment> {
    private static final Responsibility[] WHO = Responsibility.values();
    private static final PseudoClass[] STYLE = new PseudoClass[WHO.length];
    private static final String[][] TEXT = new String[WHO.length][2];
    private static final String[][] SPOKEN = new String[WHO.length][2];

    static {
        for (Responsibility r : WHO) {
            STYLE[r.ordinal()] = PseudoClass.getPseudoClass(r.name().toLowerCase(Locale.ROOT));
            String letter = letter(r);
            String name = I18n.t("responsibility." + r.name());
            TEXT[r.ordinal()][0] = letter;
            TEXT[r.ordinal()][1] = letter + " *";
            SPOKEN[r.ordinal()][0] = name;
            SPOKEN[r.ordinal()][1] = I18n.t("matrix.cell.overrideSpoken", name);
        }
    }

    private PseudoClass style;

    /** The responsibility whose colour the cell shows; null when empty. */
    public static Responsibility shown(javafx.scene.Node cell) {
        for (Responsibility r : WHO) {
            if (cell.getPseudoClassStates().contains(STYLE[r.ordinal()])) {
                return r;
            }
        }
        return null;
    }

    static String letter(Responsibility r) {
        return switch (r) {
            case PROVIDER -> I18n.t("matrix.cell.provider");
            case SHARED -> I18n.t("matrix.cell.shared");
            case CUSTOMER -> I18n.t("matrix.cell.customer");
            case NOT_APPLICABLE -> I18n.t("matrix.cell.notApplicable");
        };
    }

    public AssignmentCell() {
        getStyleClass().add("matrix-cell");
    }

    @Override
    protected void updateItem(Assignment item, boolean empty) {
        super.updateItem(item, empty);
        PseudoClass next = empty || item == null ? null : STYLE[item.responsibility().ordinal()];
        if (next != style) {
            if (style != null) {
                pseudoClassStateChanged(style, false);
            }
            if (next != null) {
                pseudoClassStateChanged(next, true);
            }
            style = next;
        }
        if (next == null) {
            setText(null);
            setAccessibleText(null);
            return;
        }
        int marked = item.reason().isOverride() ? 1 : 0;
        setText(TEXT[item.responsibility().ordinal()][marked]);
        setAccessibleText(item.assessedUnder() != null ? item.label()
                : SPOKEN[item.responsibility().ordinal()][marked]);
    }
}
