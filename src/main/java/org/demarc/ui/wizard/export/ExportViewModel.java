package org.demarc.ui.wizard.export;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.demarc.model.Assessment;
import org.demarc.report.ReportExporter;
import org.demarc.report.ReportOptions;
import org.demarc.report.SigningKey;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Tasks;
import org.demarc.ui.session.AssessmentSession;

/**
 * Exporting the report: drafts at any time, the final report once signed off, optionally signed
 * with the user's certificate. The work runs in the background with progress and cancel; the
 * password lives only in the {@link SigningKey}, which is wiped after use.
 */
public final class ExportViewModel {
    private final AssessmentSession session;
    private final ReportExporter exporter = new ReportExporter();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty step = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canExportFinal;
    private AtomicBoolean cancelled = new AtomicBoolean();
    private Task<?> running;

    public ExportViewModel(AssessmentSession session) {
        this.session = session;
        canExportFinal = Bindings.createBooleanBinding(() -> session.assessment() != null
                && session.assessment().isSignedOff() && !session.signOffBrokenProperty().get(),
                session.assessmentProperty(), session.signOffBrokenProperty());
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty stepProperty() {
        return step;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canExportFinalProperty() {
        return canExportFinal;
    }

    /** Starts the export to {@code target}; {@code key} may be null (unsigned). Returns the background task. */
    public Task<Path> export(Path target, SigningKey key) {
        Assessment snapshot = session.assessment();
        java.nio.file.Path project = session.fileProperty().get();
        if (snapshot == null || busy.get()) {
            if (key != null) {
                key.wipe();
            }
            return null;
        }
        cancelled = new AtomicBoolean();
        AtomicBoolean stop = cancelled;
        busy.set(true);
        progress.set(0);
        result.set("");
        Task<Path> task = Tasks.create(() -> {
            try {
                byte[] pdf = exporter.render(snapshot, ReportOptions.defaults().checkingEvidenceOf(project), (fraction, name) ->
                        Platform.runLater(() -> {
                            progress.set(fraction);
                            step.set(name);
                        }), stop::get);
                if (key != null) {
                    Platform.runLater(() -> step.set(I18n.t("export.signing")));
                    pdf = exporter.sign(pdf, key);
                }
                if (stop.get()) {
                    throw new CancellationException();
                }
                ReportExporter.write(target, pdf);
                return target;
            } finally {
                if (key != null) {
                    key.wipe();
                }
            }
        }).onSuccess(path -> {
            progress.set(1);
            result.set(I18n.t(key == null ? "export.done" : "export.doneSigned", path));
        }).onError(err -> result.set(err instanceof CancellationException ? I18n.t("export.cancelled")
                : I18n.t("export.failed", err.getMessage() == null ? err.getClass().getSimpleName() : err.getMessage())))
                .andFinally(() -> {
                    busy.set(false);
                    step.set("");
                }).start();
        running = task;
        return task;
    }

    public void cancel() {
        cancelled.set(true);
        if (running != null) {
            step.set(I18n.t("export.cancelling"));
        }
    }

    /** A file name for the report: the assessment title, DRAFT until signed off. */
    public String suggestedName() {
        Assessment a = session.assessment();
        String title = a == null ? "" : a.engagement().title().replaceAll("[^\\p{L}\\p{N} ._-]", "").strip();
        String base = title.isEmpty() ? I18n.t("file.untitled") : title;
        return base + (a != null && a.isSignedOff() ? "" : " " + I18n.t("export.draftSuffix")) + ".pdf";
    }
}
