package org.demarc.ui.wizard.export;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.demarc.model.Assessment;
import org.demarc.report.ReportExporter;
import org.demarc.interop.oscal.Baseline;
import org.demarc.interop.oscal.OscalExport;
import org.demarc.report.ReportPart;
import org.demarc.report.SigningKey;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.SaveTargets;
import org.demarc.ui.common.FileOpener;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.RunningJob;
import org.demarc.ui.common.SigningKeyChoice;
import org.demarc.ui.common.Tasks;
import org.demarc.ui.session.AssessmentSession;

/**
 * Exporting the report: drafts at any time, the final report once signed off, optionally signed
 * with the user's certificate, optionally compared with a previous assessment; or only a part of it
 * (the executive summary, selected domains); and the workshop handout of the ticked domains. After
 * an export the file can be opened or shown in its folder. The work runs in
 * the background with progress and cancel; the password lives only in the {@link SigningKey},
 * which is wiped after use.
 */
public final class ExportViewModel {
    private static final List<String> PROJECT_EXTENSIONS = List.of("demarc", "json");

    private final AssessmentSession session;
    private final DialogService dialogs;
    private final Tasks tasks;
    private final ExportRun run;
    private final BooleanBinding canExportFinal;
    private final BooleanProperty sign = new SimpleBooleanProperty(false);
    private final StringProperty keyStore = new SimpleStringProperty("");
    private final StringProperty alias = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper keyStoreError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> previousFile = new ReadOnlyObjectWrapper<>();
    private final StringBinding previousName;
    private final StringBinding finalHint;
    private final ReadOnlyStringWrapper previousError = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ReportPart.Kind> part = new SimpleObjectProperty<>(ReportPart.Kind.FULL);
    private final ObjectProperty<Baseline> oscalBaseline = new SimpleObjectProperty<>(Baseline.MODERATE);
    private final BooleanBinding excerpt = part.isNotEqualTo(ReportPart.Kind.FULL);
    private final DomainChecklist domains = new DomainChecklist();
    private final ReadOnlyStringWrapper domainsError = new ReadOnlyStringWrapper("");
    private final ReportProfileForm profile;

    public ExportViewModel(AssessmentSession session, DialogService dialogs, Tasks tasks) {
        this(session, dialogs, tasks, FileOpener.UNAVAILABLE);
    }

    /** {@code opener}: how "Open PDF" and "Show in folder" reach the desktop. */
    public ExportViewModel(AssessmentSession session, DialogService dialogs, Tasks tasks, FileOpener opener) {
        this.session = session;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.run = new ExportRun(tasks, opener);
        this.profile = new ReportProfileForm(session, dialogs);
        domains.show(session.assessment() == null ? null : session.assessment().catalog());
        session.assessmentProperty().addListener((obs, o, n) -> domains.show(n == null ? null : n.catalog()));
        part.addListener((obs, o, n) -> domainsError.set(""));
        canExportFinal = Bindings.createBooleanBinding(() -> session.assessment() != null
                && session.assessment().isSignedOff() && !session.signOffBrokenProperty().get(),
                session.assessmentProperty(), session.signOffBrokenProperty());
        finalHint = Bindings.createStringBinding(() -> I18n.t(session.signOffBrokenProperty().get()
                ? "export.finalHint.void" : "export.finalHint"), session.signOffBrokenProperty());
        previousName = Bindings.createStringBinding(() -> previousFile.get() == null ? ""
                : previousFile.get().getFileName().toString(), previousFile);
        keyStore.addListener((obs, o, n) -> keyStoreError.set(""));
        session.assessmentProperty().addListener((obs, o, n) -> {
            if (n == null) {
                clearPrevious();
            }
        });
    }

    /** The branding and classification of the project's reports. */
    public ReportProfileForm profile() {
        return profile;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return run.progressProperty();
    }

    /** What the export is doing now. */
    public ReadOnlyStringProperty stepProperty() {
        return run.stepProperty();
    }

    /** The outcome of the last export, in words. */
    public ReadOnlyStringProperty resultProperty() {
        return run.resultProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return run.busyProperty();
    }

    /** Why the final report cannot be exported: not signed off yet, or the sign-off is void. */
    public StringBinding finalHintProperty() {
        return finalHint;
    }

    public BooleanBinding canExportFinalProperty() {
        return canExportFinal;
    }

    /** Sign the final report with a certificate. */
    public BooleanProperty signProperty() {
        return sign;
    }

    public StringProperty keyStoreProperty() {
        return keyStore;
    }

    public StringProperty aliasProperty() {
        return alias;
    }

    public ReadOnlyStringProperty keyStoreErrorProperty() {
        return keyStoreError.getReadOnlyProperty();
    }

    /** The previous assessment to compare with, or null for a report without the changes section. */
    public ReadOnlyObjectProperty<Path> previousFileProperty() {
        return previousFile.getReadOnlyProperty();
    }

    /** The previous file's name, empty when none is chosen. */
    public StringBinding previousNameProperty() {
        return previousName;
    }

    /** Why the previous file could not be used, shown under the choice. */
    public ReadOnlyStringProperty previousErrorProperty() {
        return previousError.getReadOnlyProperty();
    }

    /** The whole report, the executive summary only, or the selected domains. */
    public ObjectProperty<ReportPart.Kind> partProperty() {
        return part;
    }

    /** True when a part of the report is chosen: it cannot be signed or compared with a previous assessment. */
    public BooleanBinding excerptProperty() {
        return excerpt;
    }

    /** The domains for an excerpt of selected domains and for the handout. */
    public DomainChecklist domains() {
        return domains;
    }

    /** Why the domain choice cannot be used (none ticked), shown under it. */
    public ReadOnlyStringProperty domainsErrorProperty() {
        return domainsError.getReadOnlyProperty();
    }

    /** The file the last export wrote, for "Open PDF" and "Show in folder"; null before one succeeds. */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return run.writtenProperty();
    }

    public void chooseKeyStore() {
        dialogs.chooseKeyStore().ifPresent(p -> keyStore.set(p.toString()));
    }

    public void choosePrevious() {
        dialogs.chooseFileToOpen(I18n.t("export.previous.choose"), folder(), PROJECT_EXTENSIONS).ifPresent(file -> {
            previousFile.set(file);
            previousError.set("");
        });
    }

    public void clearPrevious() {
        previousFile.set(null);
        previousError.set("");
    }

    /** Asks where to write a draft, then exports it. */
    public void exportDraft() {
        if (chosenPart() == null) {
            return;
        }
        dialogs.choosePdfToSave(folder(), suggestedName()).ifPresent(target -> export(target, null));
    }

    /**
     * Asks where to write the final report and, when signing, for the certificate's password. An
     * excerpt is never signed: the signature belongs to the whole report.
     */
    public void exportFinal() {
        if (!canExportFinal.get() || chosenPart() == null) {
            return;
        }
        boolean signing = sign.get() && !excerpt.get();
        if (signing && keyStore.get().isBlank()) {
            keyStoreError.set(I18n.t("export.keystore.missing"));
            return;
        }
        dialogs.choosePdfToSave(folder(), suggestedName()).ifPresent(target -> {
            if (!signing) {
                export(target, null);
                return;
            }
            Path store = Path.of(keyStore.get().strip());
            dialogs.askPassword(I18n.t("export.password.title"), I18n.t("export.password.message", store.getFileName()))
                    .ifPresent(password -> SigningKeyChoice.choose(tasks, dialogs, store, alias.get(), password,
                            key -> export(target, key)));
        });
    }

    /** Asks where to write the editable Word twin of the chosen part, then writes it (never signed). */
    public void exportDocx() {
        if (chosenPart() == null) {
            return;
        }
        String pdfName = suggestedName();
        dialogs.chooseFileToSave(I18n.t("export.docx.choose"), folder(),
                pdfName.substring(0, pdfName.length() - ".pdf".length()) + ".docx", List.of("docx"))
                .ifPresent(target -> export(target, null));
    }

    /**
     * Starts the export to {@code target}, a PDF or (by its name) a Word document; {@code key} may
     * be null (unsigned), and a Word document is never signed. Null when nothing started.
     */
    public RunningJob<Path> export(Path target, SigningKey key) {
        Assessment snapshot = session.assessment();
        ReportPart chosen = chosenPart();
        ReportJob job = new ReportJob(snapshot, session.fileProperty().get(),
                chosen != null && chosen.isExcerpt() ? null : previousFile.get(), key, target,
                chosen == null ? ReportPart.full() : chosen);
        if (snapshot == null || run.isBusy() || chosen == null) {
            job.wipeKey();
            return null;
        }
        previousError.set("");
        String excerptName = chosen.name(snapshot.catalog());
        return run.start(job, path -> ReportJob.isDocx(path) ? I18n.t("export.docx.done", path)
                : chosen.isExcerpt() ? I18n.t("export.doneExcerpt", path, excerptName)
                : I18n.t(key == null ? "export.done" : "export.doneSigned", path), this::failure, job::wipeKey);
    }

    /** Asks where to write the workshop handout of the ticked domains, then writes it. */
    public void exportHandout() {
        if (selectedDomains() != null) {
            dialogs.choosePdfToSave(folder(), suggestedHandoutName()).ifPresent(this::exportHandout);
        }
    }

    /** The SP 800-53 baseline the OSCAL plan imports. */
    public ObjectProperty<Baseline> oscalBaselineProperty() {
        return oscalBaseline;
    }

    /** Asks for a folder, then writes the OSCAL set into it. */
    public void exportOscal() {
        dialogs.chooseFolder(I18n.t("export.oscal.choose"), folder()).ifPresent(this::exportOscal);
    }

    /** Starts writing the OSCAL set into {@code dir}; the plan is what "Show in folder" shows. Null when nothing started. */
    public RunningJob<Path> exportOscal(Path dir) {
        Assessment snapshot = session.assessment();
        Baseline baseline = oscalBaseline.get();
        if (snapshot == null || run.isBusy() || baseline == null) {
            return null;
        }
        var refusal = SaveTargets.folderRefusal(dir, OscalExport.fileNames(baseline));
        if (refusal.isPresent()) {
            // The folder chooser never asked about the files in it: a project or notes named ssp.json stay.
            dialogs.showError(I18n.t("dialog.refusedOutput.title"), I18n.t("dialog.refusedOutput.message",
                    refusal.get().file().getFileName()), List.of(refusal.get().refusal().text()));
            return null;
        }
        OscalExport.Summary[] summary = new OscalExport.Summary[1];
        return run.start(progress -> {
            summary[0] = OscalExport.write(snapshot, baseline, dir);
            return dir.resolve(summary[0].files().keySet().iterator().next());
        }, path -> I18n.t("export.oscal.done", dir, summary[0].files().size(), summary[0].implementedRequirements(),
                summary[0].inheritedStatements(), summary[0].satisfiedStatements()), this::failure, () -> { });
    }

    /** Starts writing the handout of the ticked domains to {@code target}. Null when nothing started. */
    public RunningJob<Path> exportHandout(Path target) {
        Assessment snapshot = session.assessment();
        List<String> ids = selectedDomains();
        if (snapshot == null || run.isBusy() || ids == null) {
            return null;
        }
        return run.start(progress -> {
            byte[] pdf = new ReportExporter().renderHandout(snapshot, ids, progress::update, progress::isCancelled);
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            ReportExporter.write(target, pdf);
            return target;
        }, path -> I18n.t("export.handout.done", path, ids.size()), this::failure, () -> { });
    }

    /** Opens the file last written in its program, off the FX thread. */
    public void openWritten() {
        run.openWritten();
    }

    /** Shows the file last written in the file manager, off the FX thread. */
    public void showWrittenInFolder() {
        run.showWrittenInFolder();
    }

    /** The part chosen, or null (with the reason under the domains) when no domain is ticked for an excerpt. */
    private ReportPart chosenPart() {
        return switch (part.get()) {
            case FULL -> ReportPart.full();
            case SUMMARY -> ReportPart.summary();
            case DOMAINS -> {
                List<String> ids = selectedDomains();
                yield ids == null ? null : ReportPart.domains(ids);
            }
        };
    }

    private List<String> selectedDomains() {
        List<String> ids = domains.selectedIds();
        domainsError.set(ids.isEmpty() ? I18n.t("export.domains.none") : "");
        return ids.isEmpty() ? null : ids;
    }

    /** The outcome of a failed export in words; a previous file that does not read is told under its choice too. */
    private String failure(Throwable err) {
        if (err instanceof ReportJob.PreviousUnreadable previous) {
            String name = previous.file().getFileName().toString();
            previousError.set(I18n.t("export.previous.unreadable", name, previous.getMessage()));
            return I18n.t("export.previous.notExported", name);
        }
        return I18n.t("export.failed", Tasks.describe(err));
    }

    public void cancel() {
        run.cancel();
    }

    /** A file name for the report: the assessment title, DRAFT until signed off. */
    public String suggestedName() {
        Assessment a = session.assessment();
        String title = a == null ? "" : a.engagement().title().replaceAll("[^\\p{L}\\p{N} ._-]", "").strip();
        String base = title.isEmpty() ? I18n.t("file.untitled") : title;
        return base + (a != null && a.isSignedOff() && !session.signOffBrokenProperty().get() ? "" : " " + I18n.t("export.draftSuffix")) + ".pdf";
    }

    /** A file name for the handout: the assessment title and "handout". */
    public String suggestedHandoutName() {
        String report = suggestedName();
        String base = report.substring(0, report.length() - ".pdf".length());
        String draft = " " + I18n.t("export.draftSuffix");
        base = base.endsWith(draft) ? base.substring(0, base.length() - draft.length()) : base;
        return base + " " + I18n.t("export.handout.suffix") + ".pdf";
    }

    private Path folder() {
        Path current = session.fileProperty().get();
        return current == null ? null : current.toAbsolutePath().getParent();
    }
}
