package org.demarc.ui.wizard.questions;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.demarc.ui.common.DateFields;
import org.demarc.ui.common.Forms;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.TabTraversal;

/**
 * The answer of a control the customer holds a share of: justification (shown for the statuses
 * that need one, with the error under it), finding, internal comment, owner, remediation, flag.
 * Every field is bound both ways to {@link AnswerFormViewModel}.
 */
final class AnswerFormView {
    private final VBox root;

    AnswerFormView(AnswerFormViewModel form) {
        TextArea justification = area("question-justification", 2);
        justification.textProperty().bindBidirectional(form.justificationProperty());
        TextArea finding = area("question-finding", 3);
        finding.setPromptText(I18n.t("question.finding.prompt"));
        finding.textProperty().bindBidirectional(form.findingProperty());
        TextArea comment = area("question-comment", 2);
        comment.setPromptText(I18n.t("question.comment.prompt"));
        comment.textProperty().bindBidirectional(form.commentProperty());
        TextField owner = new TextField();
        owner.setId("question-owner");
        owner.textProperty().bindBidirectional(form.ownerProperty());
        TextField action = new TextField();
        action.setId("remediation-action");
        action.textProperty().bindBidirectional(form.remediationActionProperty());
        TextField actionOwner = new TextField();
        actionOwner.setId("remediation-owner");
        actionOwner.textProperty().bindBidirectional(form.remediationOwnerProperty());
        DateFields due = DateFields.create("remediation-due");
        due.picker().valueProperty().bindBidirectional(form.remediationDueProperty());
        CheckBox flagged = new CheckBox(I18n.t("question.flagged"));
        flagged.setId("question-flagged");
        flagged.selectedProperty().bindBidirectional(form.flaggedProperty());

        // Its own grid, with the same columns, so it can be hidden without leaving a gap.
        GridPane why = DetailGrid.create();
        Forms.row(why, 0, I18n.t("question.justification"), justification, form.justificationErrorProperty());
        why.visibleProperty().bind(form.justificationNeededProperty());
        why.managedProperty().bind(why.visibleProperty());

        GridPane grid = DetailGrid.create();
        int r = 0;
        r = Forms.row(grid, r, I18n.t("question.finding"), finding, null);
        r = Forms.row(grid, r, I18n.t("question.comment"), comment, null);
        r = Forms.row(grid, r, I18n.t("question.owner"), owner, null);
        r = Forms.row(grid, r, I18n.t("question.remediation.action"), action, null);
        r = Forms.row(grid, r, I18n.t("question.remediation.owner"), actionOwner, null);
        r = Forms.row(grid, r, I18n.t("question.remediation.due"), due.picker(), due.errorProperty());
        grid.add(flagged, 1, r);
        root = new VBox(6, why, grid);
    }

    Node root() {
        return root;
    }

    private static TextArea area(String id, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        TabTraversal.install(a);
        return a;
    }
}
