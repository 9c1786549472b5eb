package org.demarc.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.scene.layout.HBox;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.NoticeBar;
import org.demarc.ui.session.AssessmentSession;

/** The banner over a bundle open read-only: what it is, and the way to work on it (unpack it). */
final class BundleBanner {
    private BundleBanner() {
    }

    static HBox of(AssessmentSession session, BundleOpening bundles) {
        return NoticeBar.of("bundle-banner", Bindings.createStringBinding(() -> BundleOpening.isOpenBundle(session)
                        ? I18n.t("bundle.banner", session.fileProperty().get().getFileName()) : "",
                session.fileProperty(), session.viewOnlyProperty()),
                "bundle-unpack", I18n.t("bundle.unpack"), bundles::unpack);
    }
}
