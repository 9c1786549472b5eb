package org.demarc.ui.interop;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.demarc.interop.findings.FindingsExport;
import org.demarc.interop.portfolio.PortfolioExport;
import org.demarc.io.AtomicFileWriter;
import org.demarc.project.portfolio.Portfolio;
import org.demarc.report.PortfolioPdf;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Tasks;

/**
 * The Portfolio window's exports, the same files as {@code demarc portfolio -o}: a workbook or CSV,
 * or the PDF summary. The file is chosen in a save dialog (which asks before replacing one) and
 * written atomically in the background; {@code status} is told how it went.
 */
final class PortfolioExports {
    /** Makes the exports once the window has its status line to report to. */
    interface Factory {
        PortfolioExports exports(Consumer<String> status);
    }

    private final DialogService dialogs;
    private final Path folder;
    private final LocalDate asOf;
    private final Consumer<String> status;

    PortfolioExports(DialogService dialogs, Path folder, LocalDate asOf, Consumer<String> status) {
        this.dialogs = dialogs;
        this.folder = folder;
        this.asOf = asOf;
        this.status = status;
    }

    void spreadsheet(Portfolio p) {
        choose("portfolio-summary.xlsx", List.of("xlsx", "csv")).ifPresent(target -> {
            FindingsExport.Format format = FindingsExport.Format.of(target);
            FindingsExport.Format f = format == null ? FindingsExport.Format.XLSX : format;
            write(target, () -> PortfolioExport.export(p, f));
        });
    }

    void pdf(Portfolio p) {
        choose("portfolio-summary.pdf", List.of("pdf")).ifPresent(target ->
                write(target, () -> PortfolioPdf.render(p, PortfolioPdf.folderName(folder), asOf)));
    }

    private java.util.Optional<Path> choose(String suggested, List<String> extensions) {
        return dialogs.chooseFileToSave(I18n.t("portfolio.export.title"), folder, suggested, extensions);
    }

    private void write(Path target, java.util.concurrent.Callable<byte[]> bytes) {
        status.accept(I18n.t("statusbar.saving", target.getFileName()));
        Tasks.create(() -> {
            AtomicFileWriter.write(target, bytes.call(), null);
            return target;
        }).onSuccess(t -> status.accept(I18n.t("interop.export.done", t.getFileName())))
                .onError(err -> {
                    status.accept("");
                    dialogs.showError(I18n.t("interop.export.failed"), I18n.t("export.io", target, Tasks.describe(err)),
                            List.of());
                }).start();
    }
}
