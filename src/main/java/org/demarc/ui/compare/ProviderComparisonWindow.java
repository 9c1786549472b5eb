package org.demarc.ui.compare;

import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.demarc.ui.common.I18n;

/** Opens the comparison of a service with its equivalents in a window of its own beside the main one (Escape closes it). */
public final class ProviderComparisonWindow {
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private ProviderComparisonWindow() {
    }

    /** Shows the window for that service of the built-in catalogs; false when none of them has it. */
    public static boolean show(Window owner, String serviceId, String serviceName) {
        ProviderComparisonViewModel model = ProviderComparisonViewModel.of(serviceId);
        if (model == null) {
            return false;
        }
        ProviderComparisonView view = new ProviderComparisonView(model);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(I18n.t("compare.providers.windowTitle", serviceName));
        Scene scene = new Scene(view.root(), 980, 640);
        // The owner's theme: the user-agent stylesheet is shared, the dark pseudo-class is per scene.
        boolean dark = owner != null && owner.getScene() != null
                && owner.getScene().getRoot().getPseudoClassStates().contains(DARK);
        view.root().pseudoClassStateChanged(DARK, dark);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        return true;
    }
}
