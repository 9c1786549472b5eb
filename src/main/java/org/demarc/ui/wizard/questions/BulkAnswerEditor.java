package org.demarc.ui.wizard.questions;

import java.util.List;
import java.util.Locale;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.demarc.assessment.BulkAnswers;
import org.demarc.model.AnswerStatus;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.I18n;

/**
 * Shown while several controls are chosen in the list: set their status or justification, or share
 * provider evidence recorded on one chosen inherited control with the others; each after a summary
 * to confirm, and as one undo step. A line says what the last change did.
 */
final class BulkAnswerEditor {
    private final BulkAnswersViewModel model;
    private final DialogService dialogs;
    private final VBox root;

    BulkAnswerEditor(BulkAnswersViewModel model, DialogService dialogs, Runnable selectDomain) {
        this.model = model;
        this.dialogs = dialogs;
        Label count = new Label();
        count.setId("bulk-count");
        count.getStyleClass().add(Styles.TEXT_BOLD);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.t("questions.bulk.count", model.chosen().size()), model.chosen()));

        MenuButton status = new MenuButton(I18n.t("questions.bulk.status"));
        status.setId("bulk-status");
        for (AnswerStatus s : AnswerStatus.values()) {
            MenuItem item = new MenuItem(I18n.t("status." + s.name()));
            item.setId("bulk-status-" + s.name().toLowerCase(Locale.ROOT));
            item.setOnAction(e -> setStatus(s));
            status.getItems().add(item);
        }
        // The rarer actions behind one button, so the bar stays small beside a narrow list.
        MenuItem justification = new MenuItem(I18n.t("questions.bulk.justification"));
        justification.setId("bulk-justification");
        justification.setOnAction(e -> setJustification());
        MenuItem evidence = new MenuItem(I18n.t("questions.bulk.evidence"));
        evidence.setId("bulk-evidence");
        evidence.disableProperty().bind(model.canShareProperty().not());
        evidence.setOnAction(e -> shareEvidence());
        MenuItem domain = new MenuItem(I18n.t("questions.select.domain"));
        domain.setId("bulk-select-domain");
        domain.setOnAction(e -> selectDomain.run());
        MenuButton more = new MenuButton(I18n.t("questions.bulk.more"), null, justification, evidence, domain);
        more.setId("bulk-more");
        more.setTooltip(new Tooltip(I18n.t("questions.bulk.evidence.tooltip")));
        for (MenuButton b : List.of(status, more)) {
            b.getStyleClass().add(Styles.SMALL);
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox actions = new HBox(6, status, more);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label done = new Label();
        done.setId("bulk-done");
        done.setWrapText(true);
        done.setMinHeight(Region.USE_PREF_SIZE);
        done.getStyleClass().add(Styles.TEXT_MUTED);
        done.textProperty().bind(model.doneProperty());
        done.managedProperty().bind(done.textProperty().isNotEmpty());
        done.visibleProperty().bind(done.managedProperty());

        root = new VBox(6, count, actions, done);
        root.setId("bulk-answers");
        root.getStyleClass().add("bulk-answers");
        root.visibleProperty().bind(model.activeProperty().or(done.textProperty().isNotEmpty()));
        root.managedProperty().bind(root.visibleProperty());
        actions.disableProperty().bind(model.activeProperty().not());
        count.visibleProperty().bind(model.activeProperty());
        count.managedProperty().bind(count.visibleProperty());
    }

    Node root() {
        return root;
    }

    private void setStatus(AnswerStatus status) {
        BulkAnswers.Plan plan = model.planStatus(status);
        confirmAndApply(plan, model.statusSummary(plan, status), "questions.bulk.status.none");
    }

    private void setJustification() {
        dialogs.askText(I18n.t("questions.bulk.justification.title"),
                        I18n.t("questions.bulk.justification.ask", model.chosen().size()), "")
                .filter(text -> !text.isBlank())
                .ifPresent(text -> {
                    BulkAnswers.Plan plan = model.planJustification(text);
                    confirmAndApply(plan, model.justificationSummary(plan), "questions.bulk.justification.none");
                });
    }

    private void shareEvidence() {
        BulkAnswers.Plan plan = model.planSharedEvidence();
        confirmAndApply(plan, model.evidenceSummary(plan), "questions.bulk.evidence.none");
    }

    private void confirmAndApply(BulkAnswers.Plan plan, String summary, String noneKey) {
        if (plan.isEmpty()) {
            dialogs.showInfo(I18n.t("questions.bulk.title"), I18n.t(noneKey));
        } else if (dialogs.confirm(I18n.t("questions.bulk.title"), summary, I18n.t("questions.bulk.apply"))) {
            model.apply(plan, summary);
        }
    }
}
