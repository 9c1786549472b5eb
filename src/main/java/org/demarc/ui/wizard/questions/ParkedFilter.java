package org.demarc.ui.wizard.questions;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ToggleButton;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * "Parked (3)": shows only the answers parked for later in the workshop (Ctrl+K), and back to all
 * when pressed again. Its own button under the filters, so the count never squeezes them.
 */
final class ParkedFilter {
    private ParkedFilter() {
    }

    static ToggleButton button(QuestionsViewModel model) {
        ToggleButton b = new ToggleButton(null, Icons.of(MaterialDesignP.PAUSE_CIRCLE_OUTLINE));
        b.setId("questions-filter-parked");
        b.getStyleClass().add(Styles.SMALL);
        b.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.t("questions.filter.parked", model.parkedCountProperty().get()), model.parkedCountProperty()));
        b.setSelected(model.filterProperty().get() == QuestionFilter.PARKED);
        b.selectedProperty().addListener((obs, o, n) -> {
            if (n) {
                model.filterProperty().set(QuestionFilter.PARKED);
            } else if (model.filterProperty().get() == QuestionFilter.PARKED) {
                model.filterProperty().set(QuestionFilter.ALL);
            }
        });
        model.filterProperty().addListener((obs, o, n) -> b.setSelected(n == QuestionFilter.PARKED));
        return b;
    }
}
