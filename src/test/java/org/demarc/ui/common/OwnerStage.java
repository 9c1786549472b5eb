package org.demarc.ui.common;

import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/** A plain window at 1024x700 for a real dialog to open over, as the main window would be. */
final class OwnerStage {
    private OwnerStage() {
    }

    static Stage show() throws Exception {
        FxToolkit.registerPrimaryStage();
        AtomicReference<Stage> main = new AtomicReference<>();
        FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new StackPane(new javafx.scene.control.Button("behind")), 1024, 700));
            s.show();
            main.set(s);
        });
        return main.get();
    }
}
