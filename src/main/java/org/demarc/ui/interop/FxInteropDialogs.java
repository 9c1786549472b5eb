package org.demarc.ui.interop;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.demarc.assessment.diff.AssessmentDiff;

/** The import preview and the comparison, on top of the main window. */
public final class FxInteropDialogs implements InteropActions.Dialogs {
    private final Window owner;

    public FxInteropDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean reviewImport(ImportPreviewViewModel model) {
        return new ImportPreviewDialog(model).showAndWait(owner);
    }

    @Override
    public boolean reviewScan(ScanPreviewViewModel model) {
        return new ScanPreviewDialog(model).showAndWait(owner);
    }

    @Override
    public boolean reviewMerge(MergeViewModel model) {
        return new MergeDialog(model).showAndWait(owner);
    }

    @Override
    public void showComparison(String title, AssessmentDiff diff) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        org.demarc.ui.common.DialogZoom.follow(dialog, owner);
        dialog.setTitle(title);
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(new CompareView(diff).root());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.showAndWait();
    }
}
