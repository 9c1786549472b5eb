package org.demarc.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The reference for start-up time: a bare JavaFX window with one label. */
public final class BareWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("bare"), 1280, 800));
        stage.setOnShown(e -> {
            System.out.println("DEMARC-SHOWN");
            Platform.runLater(Platform::exit);
        });
        stage.show();
    }

    /** Launched through a plain main, as the Demarc launcher is. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
