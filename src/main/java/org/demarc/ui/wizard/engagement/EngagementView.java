package org.demarc.ui.wizard.engagement;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.demarc.ui.common.DateFields;
import org.demarc.ui.common.Forms;
import org.demarc.ui.common.ScrollToFocus;
import org.demarc.ui.common.TabTraversal;
import org.demarc.ui.common.I18n;
import org.demarc.ui.wizard.StepView;

/** The engagement form. */
public final class EngagementView implements StepView {
    private final ScrollPane root;
    private final TextField title = new TextField();

    public EngagementView(EngagementViewModel model) {
        Label heading = new Label(I18n.t("engagement.heading"));
        heading.getStyleClass().add(Styles.TITLE_2);
        Label hint = new Label(I18n.t("engagement.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        title.setId("engagement-title");
        title.textProperty().bindBidirectional(model.titleProperty());
        TextField client = new TextField();
        client.setId("engagement-client");
        client.textProperty().bindBidirectional(model.clientProperty());
        TextField workload = new TextField();
        workload.setId("engagement-workload");
        workload.textProperty().bindBidirectional(model.workloadProperty());
        TextArea assessors = new TextArea();
        TabTraversal.install(assessors);
        assessors.setId("engagement-assessors");
        assessors.setPrefRowCount(3);
        assessors.setPromptText(I18n.t("engagement.assessors.prompt"));
        assessors.textProperty().bindBidirectional(model.assessorsProperty());
        DateFields start = DateFields.create("engagement-start");
        start.picker().valueProperty().bindBidirectional(model.startDateProperty());
        DateFields end = DateFields.create("engagement-end");
        end.picker().valueProperty().bindBidirectional(model.endDateProperty());
        TextArea scope = new TextArea();
        TabTraversal.install(scope);
        scope.setId("engagement-scope");
        scope.setWrapText(true);
        scope.setPrefRowCount(5);
        scope.setPromptText(I18n.t("engagement.scope.prompt"));
        scope.textProperty().bindBidirectional(model.scopeStatementProperty());

        GridPane grid = Forms.grid();
        int row = 0;
        row = Forms.row(grid, row, I18n.t("engagement.title"), title, model.titleErrorProperty());
        row = Forms.row(grid, row, I18n.t("engagement.client"), client, model.clientErrorProperty());
        row = Forms.row(grid, row, I18n.t("engagement.workload"), workload, null);
        row = Forms.row(grid, row, I18n.t("engagement.assessors"), assessors, null);
        row = Forms.row(grid, row, I18n.t("engagement.start"), start.picker(), start.errorProperty());
        row = Forms.row(grid, row, I18n.t("engagement.end"), end.picker(), end.errorOr(model.datesErrorProperty()));
        row = Forms.row(grid, row, I18n.t("engagement.scope"), scope, null);
        Forms.row(grid, row, I18n.t("engagement.attendees"), new AttendeesEditor(model.attendees()).root(), null);
        grid.disableProperty().bind(model.readOnlyProperty());

        VBox box = new VBox(12, heading, hint, grid);
        box.setPadding(new Insets(24));
        box.setMaxWidth(900);
        root = new ScrollPane(box);
        root.setFitToWidth(true);
        ScrollToFocus.install(root);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void entered() {
        title.requestFocus();
    }
}
