package org.demarc.ui.wizard.questions;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.demarc.ui.common.DateFields;
import org.demarc.ui.common.Forms;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Presentation;
import org.demarc.ui.common.TabTraversal;

/**
 * The answer of a control the customer holds a share of: justification (shown for the statuses
 * that need one, with the error under it), finding, internal comment, owner, remediation, flag.
 * Every field is bound both ways to {@link AnswerFormViewModel}. The internal comment, the owners
 * and the flag are hidden while presenting to the client.
 */
final class AnswerFormView {
    private final VBox root;

    AnswerFormView(AnswerFormViewModel form) {
        TextArea justification = area("question-justification", 2);
        justification.textProperty().bindBidirectional(form.justificationProperty());
        TextArea findingArea = area("question-finding", 3);
        findingArea.setPromptText(I18n.t("question.finding.prompt"));
        findingArea.textProperty().bindBidirectional(form.findingProperty());
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
        DateFields dueDate = DateFields.create("remediation-due");
        dueDate.picker().valueProperty().bindBidirectional(form.remediationDueProperty());
        CheckBox flagged = new CheckBox(I18n.t("question.flagged"));
        flagged.setId("question-flagged");
        flagged.selectedProperty().bindBidirectional(form.flaggedProperty());

        // One grid per group of rows, all with the same columns, so a group hides without a gap.
        GridPane why = rows(I18n.t("question.justification"), justification, form.justificationErrorProperty());
        why.visibleProperty().bind(form.justificationNeededProperty());
        why.managedProperty().bind(why.visibleProperty());
        GridPane finding = rows(I18n.t("question.finding"), findingArea, null);
        GridPane notes = rows(I18n.t("question.comment"), comment, null);
        Forms.row(notes, 1, I18n.t("question.owner"), owner, null);
        GridPane remediation = rows(I18n.t("question.remediation.action"), action, null);
        GridPane remediationOwner = rows(I18n.t("question.remediation.owner"), actionOwner, null);
        GridPane due = rows(I18n.t("question.remediation.due"), dueDate.picker(), dueDate.errorProperty());
        GridPane flag = Forms.alignedGrid();
        flag.add(flagged, 1, 0);
        Presentation.internal(notes, remediationOwner, flag);
        root = new VBox(6, why, finding, notes, remediation, remediationOwner, due, flag);
    }

    Node root() {
        return root;
    }

    private static GridPane rows(String label, Node field, ObservableStringValue error) {
        GridPane grid = Forms.alignedGrid();
        Forms.row(grid, 0, label, field, error);
        return grid;
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
