package org.demarc.ui.wizard.signoff;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * The warnings to look at before signing off, one per line, and the "I have reviewed these
 * warnings" box that lets the sign-off go ahead. Hidden when there is nothing to warn about or
 * the assessment is already signed off.
 */
final class SignOffWarningsView {
    private final VBox lines = new VBox(4);
    private final VBox root;

    SignOffWarningsView(SignOffViewModel model) {
        Label title = new Label(I18n.t("signoff.warnings"), Icons.of(MaterialDesignA.ALERT_OUTLINE));
        title.getStyleClass().add(Styles.TITLE_4);
        lines.setId("signoff-warnings");
        CheckBox reviewed = new CheckBox(I18n.t("signoff.warnings.reviewed"));
        reviewed.setId("signoff-warnings-reviewed");
        reviewed.selectedProperty().bindBidirectional(model.warningsReviewedProperty());
        root = new VBox(8, title, lines, reviewed);
        root.getStyleClass().add("signoff-warnings");
        root.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !model.warningsProperty().get().isEmpty(), model.warningsProperty())
                .and(model.readOnlyProperty().not()));
        root.managedProperty().bind(root.visibleProperty());
        model.warningsProperty().addListener((obs, o, n) -> show(n));
        show(model.warningsProperty().get());
    }

    private void show(List<String> warnings) {
        lines.getChildren().setAll(warnings.stream().map(w -> {
            Label l = new Label("• " + w);
            l.setWrapText(true);
            l.getStyleClass().add(Styles.WARNING);
            return l;
        }).toList());
    }

    Node root() {
        return root;
    }
}
