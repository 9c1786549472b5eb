package org.demarc.ui;

import java.io.IOException;
import java.util.List;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.demarc.catalog.json.InvalidFileException;
import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.model.Problem;
import org.demarc.project.ProjectReader;
import org.demarc.project.Samples;
import org.demarc.ui.matrix.MatrixView;

/**
 * The JavaFX application. For now it shows the responsibility matrix of the opened assessment;
 * the wizard replaces this view.
 */
public final class DemarcApp extends Application {

    @Override
    public void start(Stage stage) {
        GuiArguments args = GuiArguments.parse(getParameters().getRaw());
        MatrixView view = new MatrixView();
        stage.setTitle(Messages.get("app.title"));
        if (args.sample()) {
            show(stage, view, Samples.webshop(), Messages.get("app.untitled"));
        } else if (args.file() != null) {
            try {
                Assessment a = new ProjectReader().read(args.file()).value();
                show(stage, view, a, args.file().getFileName().toString());
            } catch (InvalidFileException e) {
                view.showError(Messages.get("app.openFailed", args.file()),
                        e.problems().stream().map(Problem::describe).toList());
            } catch (IOException e) {
                view.showError(Messages.get("app.openFailed", args.file()), List.of(String.valueOf(e.getMessage())));
            }
        } else {
            view.showError(Messages.get("app.nothingOpen"), List.of(Messages.get("app.nothingOpen.hint")));
        }
        stage.setScene(new Scene(view.root(), 1200, 760));
        stage.show();
    }

    private static void show(Stage stage, MatrixView view, Assessment a, String name) {
        view.show(a);
        stage.setTitle(Messages.get("app.titleWithFile", name));
    }
}
