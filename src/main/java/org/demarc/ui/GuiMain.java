package org.demarc.ui;

import java.util.List;

import javafx.application.Application;
import org.demarc.model.Messages;

/** Starts the JavaFX application, after checking its arguments without a toolkit. */
public final class GuiMain {
    private GuiMain() {
    }

    public static void main(String[] args) {
        try {
            GuiArguments.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(Messages.get("gui.badArguments", e.getMessage()));
            System.exit(2);
        }
        Application.launch(DemarcApp.class, args);
    }
}
