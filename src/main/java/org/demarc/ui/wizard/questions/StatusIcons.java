package org.demarc.ui.wizard.questions;

import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.layout.HBox;
import org.demarc.model.AnswerStatus;
import org.demarc.ui.common.Icons;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * One shape and one colour per answer status, so a glance down the list tells partial from missing
 * and inherited from implemented; the review flag is part of the graphic, before the title, so a
 * long title never hides it.
 */
final class StatusIcons {
    private StatusIcons() {
    }

    static Ikon shape(AnswerStatus status) {
        if (status == null) {
            return MaterialDesignC.CIRCLE_OUTLINE;
        }
        return switch (status) {
            case IMPLEMENTED -> MaterialDesignC.CHECK_CIRCLE;
            case PARTIAL -> MaterialDesignC.CIRCLE_HALF_FULL;
            case NOT_IMPLEMENTED -> MaterialDesignC.CLOSE_CIRCLE;
            case NOT_APPLICABLE -> MaterialDesignM.MINUS_CIRCLE_OUTLINE;
            case ALTERNATIVE -> MaterialDesignS.SWAP_HORIZONTAL_CIRCLE;
            case INHERITED -> MaterialDesignC.CLOUD_CHECK;
        };
    }

    /** The style class that colours the status (see demarc.css, both themes). */
    static String styleClass(AnswerStatus status) {
        return status == null ? "status-open" : "status-" + status.name().toLowerCase(Locale.ROOT);
    }

    static Node graphic(ControlMark mark) {
        AnswerStatus status = mark.answered() ? mark.status() : null;
        FontIcon icon = Icons.of(shape(status));
        icon.getStyleClass().add(styleClass(status));
        if (!mark.flagged()) {
            return icon;
        }
        FontIcon flag = Icons.of(MaterialDesignF.FLAG);
        flag.getStyleClass().add("status-flag");
        return new HBox(4, icon, flag);
    }
}
