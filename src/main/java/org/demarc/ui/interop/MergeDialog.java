package org.demarc.ui.interop;

import atlantafx.base.theme.Styles;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.demarc.assessment.merge.MergeConflict;
import org.demarc.assessment.merge.MergeSide;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.TabTraversal;

/**
 * The merge before it is applied: what merged silently, then every conflict (control, field, our
 * value, their value) with a choice of side, or for a text field Edit: the merged value typed, starting
 * from ours. Radio buttons so the choice is made by keyboard as by mouse: the arrow keys move between
 * the choices, Space picks one, Alt+E picks Edit. Nothing changes until Merge is pressed.
 */
public final class MergeDialog {
    private final MergeViewModel model;
    /** Our side of the first conflict, where the keyboard starts; null without conflicts. */
    private Node firstChoice;
    /** The Edit choice of the conflict each choice and editor belongs to, for Alt+E. */
    private final java.util.Map<Node, RadioButton> editOfRow = new java.util.HashMap<>();

    public MergeDialog(MergeViewModel model) {
        this.model = model;
    }

    /** Shows the dialog and waits; true when the auditor chose to apply the merge. */
    public boolean showAndWait(Window owner) {
        ReviewDialog review = new ReviewDialog(owner, I18n.t("mergePreview.title", model.theirsName()),
                I18n.t("mergePreview.apply"), content(), 760, 420, 900, 560);
        Dialog<ButtonType> dialog = review.dialog();
        Node ok = review.applyButton();
        ok.setId("merge-apply");
        // The keyboard starts at the first conflict, where the decisions are.
        if (firstChoice != null) {
            startAt(dialog, firstChoice);
        }
        return review.showAndWait();
    }

    /** The dialog focuses its default button when shown; the first conflict takes the focus from it. */
    private static void startAt(Dialog<?> dialog, Node first) {
        dialog.setOnShown(e -> javafx.application.Platform.runLater(first::requestFocus));
    }

    /** The dialog's content, also shot on its own by the screenshot tool. */
    public VBox content() {
        Label summary = new Label(model.summary());
        summary.setId("merge-summary");
        summary.setWrapText(true);
        Label silent = new Label(model.silent());
        silent.setId("merge-silent");
        silent.setWrapText(true);
        VBox box = new VBox(10, summary, silent);
        if (!model.rows().isEmpty()) {
            Label lead = new Label(I18n.t("mergePreview.lead"));
            lead.setWrapText(true);
            ScrollPane conflicts = new ScrollPane(conflicts());
            conflicts.setFitToWidth(true);
            conflicts.setId("merge-conflicts");
            VBox.setVgrow(conflicts, Priority.ALWAYS);
            box.getChildren().addAll(lead, conflicts);
        }
        return box;
    }

    private GridPane conflicts() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new javafx.geometry.Insets(4));
        grid.addRow(0, heading("importPreview.control"), heading("mergePreview.field"),
                heading("mergePreview.ours"), heading("mergePreview.theirs"));
        ColumnConstraints fixed = new ColumnConstraints();
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        value.setPercentWidth(35);
        grid.getColumnConstraints().addAll(fixed, fixed, value, value, fixed);
        int n = 1;
        int line = 1;
        for (MergeViewModel.Row row : model.rows()) {
            MergeConflict c = row.conflict();
            ToggleGroup group = new ToggleGroup();
            RadioButton ours = side(group, c.ours(), "merge-ours-" + n);
            RadioButton theirs = side(group, c.theirs(), "merge-theirs-" + n);
            if (firstChoice == null) {
                firstChoice = ours;
            }
            ours.setSelected(row.sideProperty().get() == MergeSide.OURS);
            theirs.setSelected(row.sideProperty().get() == MergeSide.THEIRS);
            group.selectedToggleProperty().addListener((obs, o, t) -> {
                if (t != null) {
                    row.sideProperty().set(t == theirs ? MergeSide.THEIRS : MergeSide.OURS);
                }
            });
            grid.addRow(line++, label(c.where(), "merge-where-" + n), label(c.field(), "merge-field-" + n), ours,
                    theirs);
            if (row.editable()) {
                RadioButton edit = edit(group, row, n);
                TextArea editor = editor(row, n);
                grid.add(edit, 4, line - 1);
                grid.add(editor, 2, line++, 3, 1);
                for (Node node : List.of(ours, theirs, edit, editor)) {
                    editOfRow.put(node, edit);
                }
            }
            n++;
        }
        grid.addEventFilter(KeyEvent.KEY_PRESSED, this::altEPicksEdit);
        return grid;
    }

    /**
     * Alt+E picks Edit for the conflict the keyboard is on. Not a mnemonic: JavaFX moves the focus
     * among several nodes of one mnemonic instead of acting, and every text conflict has an Edit.
     */
    private void altEPicksEdit(KeyEvent e) {
        if (e.getCode() == KeyCode.E && e.isAltDown() && !e.isControlDown() && !e.isShiftDown()
                && e.getTarget() instanceof Node target) {
            RadioButton edit = editOfRow.get(target);
            if (edit != null) {
                edit.setSelected(true);
                e.consume();
            }
        }
    }

    /** The third choice of a text field; picking it opens the editor below the row. */
    private static RadioButton edit(ToggleGroup group, MergeViewModel.Row row, int n) {
        RadioButton edit = new RadioButton(I18n.t("mergePreview.edit"));
        edit.setMnemonicParsing(false);
        edit.setToggleGroup(group);
        edit.setId("merge-edit-" + n);
        edit.setSelected(row.editedProperty().get());
        row.editedProperty().bind(edit.selectedProperty());
        return edit;
    }

    /** The merged value as typed: ours to start with, shown only while Edit is the choice. */
    private static TextArea editor(MergeViewModel.Row row, int n) {
        TextArea area = new TextArea();
        area.setId("merge-text-" + n);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.textProperty().bindBidirectional(row.textProperty());
        area.setAccessibleText(I18n.t("mergePreview.editValue", row.conflict().where(), row.conflict().field()));
        TabTraversal.install(area);
        area.visibleProperty().bind(row.editedProperty());
        area.managedProperty().bind(row.editedProperty());
        row.editedProperty().addListener((obs, was, now) -> {
            if (now) {
                javafx.application.Platform.runLater(area::requestFocus);
            }
        });
        return area;
    }

    private static RadioButton side(ToggleGroup group, String value, String id) {
        RadioButton b = new RadioButton(value);
        b.setToggleGroup(group);
        b.setWrapText(true);
        b.setMnemonicParsing(false);
        b.setId(id);
        return b;
    }

    private static Label label(String text, String id) {
        Label l = new Label(text);
        l.setMnemonicParsing(false);
        l.setId(id);
        return l;
    }

    private static Label heading(String key) {
        Label l = new Label(I18n.t(key));
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }
}
