package org.demarc.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs on top of the main window. */
public final class FxDialogService implements DialogService {
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType ok = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, ok, cancel);
        return alert.showAndWait().filter(b -> b == ok).isPresent();
    }

    @Override
    public UnsavedChoice askUnsaved(String fileName) {
        ButtonType save = new ButtonType(I18n.t("dialog.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(I18n.t("dialog.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(I18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, I18n.t("dialog.unsaved.title"),
                I18n.t("dialog.unsaved.message", fileName), save, discard, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == save) {
            return UnsavedChoice.SAVE;
        }
        return answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public LockedChoice askLocked(String fileName, String user, String host, String since, boolean stale) {
        ButtonType readOnly = new ButtonType(I18n.t("dialog.locked.readOnly"), ButtonBar.ButtonData.YES);
        ButtonType takeOver = new ButtonType(I18n.t("dialog.locked.takeOver"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(I18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, I18n.t("dialog.locked.title"),
                I18n.t(stale ? "dialog.locked.stale" : "dialog.locked.message", fileName, user, host, since),
                readOnly, takeOver, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == readOnly ? LockedChoice.READ_ONLY : answer == takeOver ? LockedChoice.TAKE_OVER : LockedChoice.CANCEL;
    }

    @Override
    public ChangedOnDiskChoice askChangedOnDisk(String fileName) {
        ButtonType overwrite = new ButtonType(I18n.t("dialog.changed.overwrite"), ButtonBar.ButtonData.OTHER);
        ButtonType saveAs = new ButtonType(I18n.t("dialog.changed.saveAs"), ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType(I18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, I18n.t("dialog.changed.title"),
                I18n.t("dialog.changed.message", fileName), overwrite, saveAs, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == overwrite ? ChangedOnDiskChoice.OVERWRITE
                : answer == saveAs ? ChangedOnDiskChoice.SAVE_AS : ChangedOnDiskChoice.CANCEL;
    }

    @Override
    public void showError(String title, String message, List<String> details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message, ButtonType.OK);
        if (!details.isEmpty()) {
            TextArea area = new TextArea(String.join("\n", details));
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(Math.min(12, details.size() + 1));
            alert.getDialogPane().setContent(new VBox(8, new Label(message), area));
        }
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, ButtonType.OK).showAndWait();
    }

    @Override
    public void showText(String title, String message, String text) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, message, ButtonType.OK);
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(16);
        area.setPrefColumnCount(80);
        area.getStyleClass().add("monospaced");
        alert.getDialogPane().setContent(new VBox(8, new Label(message), area));
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public Optional<Path> chooseProjectToOpen(Path initialFolder) {
        FileChooser chooser = projectChooser(I18n.t("dialog.open.title"), initialFolder);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("dialog.filter.bundle"), "*.demarcz"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("dialog.filter.json"), "*.json"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("dialog.filter.all"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseProjectToSave(Path initialFolder, String suggestedName) {
        FileChooser chooser = projectChooser(I18n.t("dialog.save.title"), initialFolder);
        chooser.setInitialFileName(suggestedName);
        return allowed(Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(p ->
                p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName() + ".demarc")),
                org.demarc.io.OutputRule.Kind.PROJECT);
    }

    /** The chosen file, or empty after saying why it must not be written (see {@link SaveTargets}). */
    private Optional<Path> allowed(Optional<Path> chosen, org.demarc.io.OutputRule.Kind kind) {
        return allowed(chosen, chosen.flatMap(p -> SaveTargets.refusal(p, kind)));
    }

    private Optional<Path> allowed(Optional<Path> chosen, Optional<org.demarc.io.OutputRule.Refusal> refusal) {
        refusal.ifPresent(r -> showError(I18n.t("dialog.refusedOutput.title"),
                I18n.t("dialog.refusedOutput.message", chosen.get().getFileName()), List.of(r.text())));
        return refusal.isPresent() ? Optional.empty() : chosen;
    }

    @Override
    public Optional<Path> chooseEvidenceFile(Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("dialog.evidence.title"));
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> choosePdfToSave(Path initialFolder, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("dialog.pdf.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("dialog.filter.pdf"), "*.pdf"));
        chooser.setInitialFileName(suggestedName);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return allowed(Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath),
                org.demarc.io.OutputRule.Kind.PDF);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialFolder) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseKeyStore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("dialog.keystore.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("dialog.filter.p12"), "*.p12", "*.pfx"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<char[]> askPassword(String title, String message) {
        javafx.scene.control.Dialog<char[]> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        DialogZoom.follow(dialog, owner);
        dialog.setTitle(title);
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        field.setAccessibleText(message);
        dialog.getDialogPane().setContent(new VBox(8, new Label(message), field));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
        // The dialog focuses its default button once shown; take the focus after that.
        dialog.setOnShown(e -> javafx.application.Platform.runLater(field::requestFocus));
        Optional<char[]> result = dialog.showAndWait();
        // The field's own text cannot be wiped (a String); clear the control at least.
        field.clear();
        return result;
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        DialogZoom.follow(dialog, owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(message);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Integer> choose(String title, String message, List<String> options) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(options.get(0), options);
        dialog.initOwner(owner);
        DialogZoom.follow(dialog, owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(message);
        return dialog.showAndWait().map(options::indexOf).filter(i -> i >= 0);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path initialFolder, String suggestedName,
                                           List<String> extensions) {
        FileChooser chooser = fileChooser(title, initialFolder, extensions);
        chooser.setInitialFileName(suggestedName);
        Optional<Path> chosen = Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(p ->
                p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName() + "."
                        + extensionOf(chooser, extensions)));
        return allowed(chosen, chosen.flatMap(p -> SaveTargets.refusal(p, extensions)));
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path initialFolder, List<String> extensions) {
        FileChooser chooser = fileChooser(title, initialFolder, extensions);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("dialog.filter.all"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    private static FileChooser fileChooser(String title, Path initialFolder, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (String ext : extensions) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    I18n.t("dialog.filter.extension", ext.toUpperCase(java.util.Locale.ROOT), ext), "*." + ext));
        }
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return chooser;
    }

    private static String extensionOf(FileChooser chooser, List<String> extensions) {
        FileChooser.ExtensionFilter f = chooser.getSelectedExtensionFilter();
        int i = f == null ? 0 : chooser.getExtensionFilters().indexOf(f);
        return extensions.get(Math.max(0, Math.min(i, extensions.size() - 1)));
    }

    private FileChooser projectChooser(String title, Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("dialog.filter.demarc"), "*.demarc"));
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.initOwner(owner);
        DialogZoom.follow(alert, owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(460);
        return alert;
    }
}
