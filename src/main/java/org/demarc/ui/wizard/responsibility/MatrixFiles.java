package org.demarc.ui.wizard.responsibility;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.demarc.interop.MatrixExport;
import org.demarc.io.AtomicFileWriter;
import org.demarc.model.Catalog;
import org.demarc.model.ResponsibilityMatrix;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.I18n;

/** Writes what the matrix step shows to a file the user chooses, and says where it went. */
final class MatrixFiles {
    /** Excel reads a CSV file as UTF-8 only with a byte order mark; the findings export writes one too. */
    private static final String BOM = "\uFEFF";

    private final DialogService dialogs;
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");

    MatrixFiles(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** {@code catalog} is the assessment's: over several providers the file names each service's. */
    void exportCsv(ResponsibilityMatrix shown, Catalog catalog) {
        byte[] bytes = (BOM + MatrixExport.export(shown, MatrixExport.Format.CSV, catalog)).getBytes(StandardCharsets.UTF_8);
        write(I18n.t("matrix.export.csvTitle"), "responsibility-matrix.csv", "csv", bytes);
    }

    void exportPng(byte[] png) {
        write(I18n.t("matrix.export.pngTitle"), "responsibility-matrix.png", "png", png);
    }

    private void write(String title, String suggested, String extension, byte[] bytes) {
        Path target = dialogs.chooseFileToSave(title, null, suggested, List.of(extension)).orElse(null);
        if (target == null) {
            return;
        }
        try {
            AtomicFileWriter.write(target, bytes, null);
            result.set(I18n.t("matrix.export.done", target.getFileName()));
        } catch (IOException e) {
            result.set("");
            dialogs.showError(title, I18n.t("matrix.export.failed", target.getFileName()), List.of(String.valueOf(e.getMessage())));
        }
    }
}
