package org.demarc.ui.wizard.start;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Icons;
import org.demarc.ui.wizard.StepView;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** Start: new assessment (title and catalog), open a file (or drop one on the window), recent files, the sample. */
public final class StartView implements StepView {
    private final VBox root = new VBox(16);
    private final VBox recentBox = new VBox(4);
    private final StartViewModel model;

    public StartView(StartViewModel model) {
        this.model = model;
        root.setPadding(new Insets(32));
        root.getStyleClass().add("start-view");
        Label title = new Label(I18n.t("start.title"));
        title.getStyleClass().add(Styles.TITLE_1);
        Label intro = new Label(I18n.t("start.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(720);
        Button newButton = new Button(I18n.t("start.new"), Icons.of(MaterialDesignF.FILE_PLUS));
        newButton.setId("start-new");
        newButton.getStyleClass().add(Styles.ACCENT);
        newButton.setDefaultButton(true);
        newButton.setOnAction(e -> model.newAssessment());
        newButton.disableProperty().bind(model.form().readingProperty());
        Button openButton = new Button(I18n.t("start.open"), Icons.of(MaterialDesignF.FOLDER_OPEN));
        openButton.setId("start-open");
        openButton.setOnAction(e -> model.open());
        Button sampleButton = new Button(I18n.t("start.sample"), Icons.of(MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE));
        sampleButton.setId("start-sample");
        sampleButton.setOnAction(e -> model.openSample());
        HBox buttons = new HBox(10, newButton, openButton, sampleButton);
        Label drop = new Label(I18n.t("start.drop"));
        drop.getStyleClass().add(Styles.TEXT_MUTED);
        Label recentTitle = new Label(I18n.t("start.recent"));
        recentTitle.getStyleClass().add(Styles.TITLE_4);
        recentBox.setId("start-recent");
        model.recentFiles().addListener((ListChangeListener<StartViewModel.RecentFile>) c -> showRecent());
        showRecent();
        root.getChildren().addAll(title, intro, new NewAssessmentForm(model.form()).root(), buttons, drop, recentTitle,
                recentBox);
    }

    private void showRecent() {
        recentBox.getChildren().clear();
        if (model.recentFiles().isEmpty()) {
            Label none = new Label(I18n.t("start.recent.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            recentBox.getChildren().add(none);
        }
        for (StartViewModel.RecentFile f : model.recentFiles()) {
            Hyperlink link = new Hyperlink(f.missing() ? I18n.t("start.recent.missing", f.name(), f.folder())
                    : f.name() + "  —  " + f.folder());
            if (f.missing()) {
                link.getStyleClass().add(Styles.TEXT_MUTED);
            }
            // Choosing a missing file says so and offers to take it off the list; the list is read again after.
            link.setOnAction(e -> {
                model.open(f);
                model.refresh();
            });
            recentBox.getChildren().add(link);
        }
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
        model.refresh();
    }
}
