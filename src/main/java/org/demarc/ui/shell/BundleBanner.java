package org.demarc.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.demarc.ui.common.I18n;
import org.demarc.ui.session.AssessmentSession;

/** The banner over a bundle open read-only: what it is, and the way to work on it (unpack it). */
final class BundleBanner {
    private BundleBanner() {
    }

    static HBox of(AssessmentSession session, BundleOpening bundles) {
        Label text = new Label();
        text.setId("bundle-banner-text");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> BundleOpening.isOpenBundle(session)
                ? I18n.t("bundle.banner", session.fileProperty().get().getFileName()) : "",
                session.fileProperty(), session.viewOnlyProperty()));
        HBox.setHgrow(text, Priority.ALWAYS);
        Button unpack = new Button(I18n.t("bundle.unpack"));
        unpack.setId("bundle-unpack");
        unpack.setOnAction(e -> bundles.unpack());
        HBox bar = new HBox(8, text, unpack);
        bar.setId("bundle-banner");
        bar.getStyleClass().add("file-notice");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(text.textProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }
}
