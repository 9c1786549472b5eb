package org.demarc.ui.interop;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.demarc.io.InvalidFileException;
import org.demarc.assessment.carry.CarryForward;
import org.demarc.assessment.diff.AssessmentDiff;
import org.demarc.assessment.merge.AssessmentMerge;
import org.demarc.assessment.merge.MergeOptions;
import org.demarc.assessment.merge.MergeRefusedException;
import org.demarc.assessment.EvidenceReferences;
import org.demarc.interop.findings.FindingsExport;
import org.demarc.interop.scan.ScanSuggestions;
import org.demarc.interop.questionnaire.ImportPreview;
import org.demarc.interop.questionnaire.QuestionnaireExport;
import org.demarc.interop.questionnaire.QuestionnaireReader;
import org.demarc.model.Assessment;
import org.demarc.model.HistoryEvent;
import org.demarc.model.Domain;
import org.demarc.io.Problem;
import org.demarc.io.AtomicFileWriter;
import org.demarc.project.ProjectFiles;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Tasks;
import org.demarc.ui.session.AssessmentSession;

/**
 * The File menu's questionnaire, findings, next-year and compare commands: the same services as
 * the command line, files read and written off the FX thread, every failure explained.
 */
public final class InteropActions {
    /** What the window provides: opening a derived assessment as unsaved work, and the status bar. */
    public interface Host {
        /** Asks about unsaved work first; the assessment becomes the session's, untitled and unsaved. */
        void openDerived(Assessment assessment, String statusMessage);

        void showMessage(String statusMessage);
    }

    /** The two dialogs of this feature, behind an interface so tests can answer them. */
    public interface Dialogs {
        /** Shows the import preview; true when the auditor chose to import the accepted rows. */
        boolean reviewImport(ImportPreviewViewModel model);

        void showComparison(String title, AssessmentDiff diff);

        /** Shows a scan's suggestions; true when the auditor chose to record the accepted ones. */
        default boolean reviewScan(ScanPreviewViewModel model) {
            return false;
        }

        /** Shows a merge's conflicts and what merged silently; true when the auditor chose to apply it. */
        default boolean reviewMerge(MergeViewModel model) {
            return false;
        }
    }

    private final AssessmentSession session;
    private final DialogService dialogs;
    private final Dialogs own;
    private final Host host;
    private final Clock clock;
    private final Tasks tasks;

    public InteropActions(AssessmentSession session, DialogService dialogs, Dialogs own, Host host, Clock clock) {
        this(session, dialogs, own, host, clock, Tasks.shared());
    }

    /** With the tasks that read and write files (tests pass synchronous ones). */
    public InteropActions(AssessmentSession session, DialogService dialogs, Dialogs own, Host host, Clock clock,
                          Tasks tasks) {
        this.tasks = tasks;
        this.session = session;
        this.dialogs = dialogs;
        this.own = own;
        this.host = host;
        this.clock = clock;
    }

    private static String actor() {
        return System.getProperty("user.name", "");
    }

    private Path folder() {
        Path f = session.fileProperty().get();
        return f == null ? null : f.toAbsolutePath().getParent();
    }

    private String baseName() {
        Path f = session.fileProperty().get();
        String name = f == null ? I18n.t("file.untitled") : f.getFileName().toString();
        return name.endsWith(".demarc") ? name.substring(0, name.length() - ".demarc".length()) : name;
    }

    // ---------------------------------------------------------------- questionnaire out

    public void exportQuestionnaire() {
        Assessment a = session.assessment();
        if (a == null) {
            return;
        }
        if (session.viewOnlyProperty().get()) {
            // The export must be recorded in the project, or its answers could not be imported.
            dialogs.showError(I18n.t("interop.export.failed"), I18n.t("questionnaireExport.viewOnly"), List.of());
            return;
        }
        List<String> options = new ArrayList<>();
        options.add(I18n.t("questionnaireExport.open", QuestionnaireExport.questions(a,
                QuestionnaireExport.Selection.OPEN, null).size()));
        options.add(I18n.t("questionnaireExport.all", QuestionnaireExport.questions(a,
                QuestionnaireExport.Selection.ALL, null).size()));
        List<Domain> domains = a.catalog().domains().stream()
                .filter(d -> !QuestionnaireExport.questions(a, QuestionnaireExport.Selection.ALL, d.id()).isEmpty())
                .toList();
        domains.forEach(d -> options.add(I18n.t("questionnaireExport.domain", d.name(),
                QuestionnaireExport.questions(a, QuestionnaireExport.Selection.ALL, d.id()).size())));
        dialogs.choose(I18n.t("questionnaireExport.title"), I18n.t("questionnaireExport.message"), options)
                .ifPresent(choice -> {
                    QuestionnaireExport.Selection selection = choice == 0 ? QuestionnaireExport.Selection.OPEN
                            : QuestionnaireExport.Selection.ALL;
                    String domainId = choice >= 2 ? domains.get(choice - 2).id() : null;
                    dialogs.chooseFileToSave(I18n.t("questionnaireExport.title"), folder(),
                            baseName() + "-questionnaire.xlsx", List.of("xlsx")).ifPresent(target ->
                            send(a, selection, domainId, target));
                });
    }

    /** Writes the workbook, then records the export in the session (saved with the project). */
    private void send(Assessment a, QuestionnaireExport.Selection selection, String domainId, Path target) {
        host.showMessage(I18n.t("statusbar.saving", target.getFileName()));
        tasks.job(p -> {
            QuestionnaireExport.Sent sent = QuestionnaireExport.send(a, selection, domainId, Instant.now(clock), actor());
            AtomicFileWriter.write(target, sent.workbook(), null);
            return sent;
        }).onSuccess(sent -> {
            HistoryEvent event = sent.event();
            session.record(now -> now.withEvent(event));
            host.showMessage(I18n.t("questionnaireExport.done", target.getFileName()));
        }).onError(err -> writeFailed(target, err)).start();
    }

    // ---------------------------------------------------------------- questionnaire in

    public void importQuestionnaire() {
        Assessment a = session.assessment();
        if (a == null) {
            return;
        }
        if (session.readOnlyProperty().get()) {
            dialogs.showError(I18n.t("questionnaireImport.failed"), I18n.t("questionnaireImport.readOnly"), List.of());
            return;
        }
        dialogs.chooseFileToOpen(I18n.t("questionnaireImport.title"), folder(), List.of("xlsx")).ifPresent(file -> {
            host.showMessage(I18n.t("statusbar.opening", file.getFileName()));
            LocalDate today = LocalDate.now(clock);
            // The job is no longer busy when the preview opens, so the status bar is idle while the auditor decides.
            tasks.job(p -> ImportPreview.of(a, QuestionnaireReader.read(file), today))
                    .onSuccess(preview -> review(a, preview, file))
                    .onError(err -> failed(I18n.t("questionnaireImport.failed"), I18n.t("questionnaireImport.invalid", file), file,
                            err))
                    .start();
        });
    }

    private void review(Assessment previewedOn, ImportPreview preview, Path file) {
        host.showMessage("");
        if (session.assessment() != previewedOn) {
            // Edited while the workbook was being read: compare again rather than apply a stale preview.
            dialogs.showError(I18n.t("questionnaireImport.failed"), I18n.t("questionnaireImport.changed"), List.of());
            return;
        }
        ImportPreviewViewModel model = new ImportPreviewViewModel(preview, file.getFileName().toString());
        if (own.reviewImport(model)) {
            int taken = model.apply(session, Instant.now(clock), actor());
            host.showMessage(I18n.t("questionnaireImport.done", taken, file.getFileName()));
        }
    }

    // ---------------------------------------------------------------- scanner results in

    public void importScan() {
        Assessment a = session.assessment();
        if (a == null) {
            return;
        }
        if (session.readOnlyProperty().get()) {
            dialogs.showError(I18n.t("scanImport.failed"), I18n.t("scanImport.readOnly"), List.of());
            return;
        }
        dialogs.chooseFileToOpen(I18n.t("scanImport.title"), folder(), List.of("csv", "json")).ifPresent(file -> {
            host.showMessage(I18n.t("statusbar.opening", file.getFileName()));
            tasks.job(p -> ScanSuggestions.of(a, file))
                    .onSuccess(s -> reviewScan(a, s, file))
                    .onError(err -> failed(I18n.t("scanImport.failed"), I18n.t("scanImport.invalid", file), file, err))
                    .start();
        });
    }

    private void reviewScan(Assessment previewedOn, ScanSuggestions suggestions, Path file) {
        host.showMessage("");
        if (session.assessment() != previewedOn) {
            dialogs.showError(I18n.t("scanImport.failed"), I18n.t("questionnaireImport.changed"), List.of());
            return;
        }
        String scanPath = EvidenceReferences.portablePath(session.fileProperty().get(), file);
        ScanPreviewViewModel model = new ScanPreviewViewModel(suggestions, file.getFileName().toString(), scanPath);
        if (own.reviewScan(model)) {
            int attached = model.apply(session, Instant.now(clock), actor());
            host.showMessage(I18n.t("scanImport.done", attached, file.getFileName()));
        }
    }

    // ---------------------------------------------------------------- findings

    public void exportFindings() {
        Assessment a = session.assessment();
        if (a == null) {
            return;
        }
        dialogs.chooseFileToSave(I18n.t("findingsExport.title"), folder(), baseName() + "-findings.xlsx",
                List.of("xlsx", "csv")).ifPresent(target -> {
                    FindingsExport.Format format = FindingsExport.Format.of(target);
                    FindingsExport.Format f = format == null ? FindingsExport.Format.XLSX : format;
                    // Spreadsheet programs read UTF-8 CSV correctly only with a byte order mark.
                    write(target, () -> FindingsExport.export(a, f, true));
                });
    }

    // ---------------------------------------------------------------- next year, compare

    public void newFromPrevious() {
        dialogs.chooseProjectToOpen(folder()).ifPresent(file -> tasks.job(p -> {
            Assessment previous = new ProjectFiles().open(file).value();
            return CarryForward.from(previous, file.toAbsolutePath(), null, "", Instant.now(clock), actor());
        }).onSuccess(next -> host.openDerived(next, I18n.t("carry.done", file.getFileName(), next.answers().size())))
                .onError(err -> failed(I18n.t("open.failed.title"), I18n.t("open.failed.invalid", file), file, err))
                .start());
    }

    public void compareWith() {
        Assessment current = session.assessment();
        if (current == null) {
            return;
        }
        dialogs.chooseProjectToOpen(folder()).ifPresent(file -> tasks.job(p ->
                        AssessmentDiff.between(new ProjectFiles().open(file).value(), current))
                .onSuccess(diff -> own.showComparison(I18n.t("compare.title", file.getFileName()), diff))
                .onError(err -> failed(I18n.t("open.failed.title"), I18n.t("open.failed.invalid", file), file, err))
                .start());
    }

    // ---------------------------------------------------------------- merge

    /** Theirs, then the common ancestor (Cancel there merges without one), then the conflicts. */
    public void mergeWith() {
        Assessment ours = session.assessment();
        if (ours == null) {
            return;
        }
        if (session.readOnlyProperty().get()) {
            dialogs.showError(I18n.t("merge.failed"), I18n.t("merge.readOnly"), List.of());
            return;
        }
        dialogs.chooseFileToOpen(I18n.t("merge.chooseTheirs"), folder(), List.of("demarc")).ifPresent(theirs -> {
            Path base = dialogs.chooseFileToOpen(I18n.t("merge.chooseBase"), folder(), List.of("demarc")).orElse(null);
            host.showMessage(I18n.t("statusbar.opening", theirs.getFileName()));
            MergeOptions options = new MergeOptions(null, false, Instant.now(clock), actor(),
                    oursName(), theirs.getFileName().toString(), base == null ? "" : base.getFileName().toString());
            tasks.job(p -> {
                Assessment t = MergeInput.read(theirs);
                Assessment b = base == null ? null : MergeInput.read(base);
                return new MergeViewModel(b, ours, t, options);
            }).onSuccess(model -> reviewMerge(ours, model)).onError(this::mergeFailed).start();
        });
    }

    private String oursName() {
        Path f = session.fileProperty().get();
        return f == null ? I18n.t("file.untitled") : f.getFileName().toString();
    }

    private void reviewMerge(Assessment previewedOn, MergeViewModel model) {
        host.showMessage("");
        if (session.assessment() != previewedOn) {
            dialogs.showError(I18n.t("merge.failed"), I18n.t("questionnaireImport.changed"), List.of());
            return;
        }
        if (own.reviewMerge(model)) {
            AssessmentMerge.Result r = model.apply(session);
            host.showMessage(I18n.t("merge.done", model.theirsName(), r.fromTheirs(), r.conflicts().size()));
        }
    }

    /** Refused (other catalog, signed off) with the command line's words, or one of the files unreadable. */
    private void mergeFailed(Throwable err) {
        if (err instanceof MergeRefusedException refused) {
            host.showMessage("");
            dialogs.showError(I18n.t("merge.failed"), refused.getMessage(), List.of());
        } else if (err instanceof MergeInput.Unreadable u) {
            failed(I18n.t("merge.failed"), I18n.t("open.failed.invalid", u.file()), u.file(), u.getCause());
        } else {
            host.showMessage("");
            dialogs.showError(I18n.t("merge.failed"), Tasks.describe(err), List.of());
        }
    }

    // ---------------------------------------------------------------- helpers

    private void write(Path target, java.util.concurrent.Callable<byte[]> bytes) {
        host.showMessage(I18n.t("statusbar.saving", target.getFileName()));
        tasks.job(p -> {
            // The file chooser has asked before replacing a file; the write itself is atomic.
            AtomicFileWriter.write(target, bytes.call(), null);
            return target;
        }).onSuccess(t -> host.showMessage(I18n.t("interop.export.done", t.getFileName())))
                .onError(err -> writeFailed(target, err))
                .start();
    }

    /** Reading {@code file} failed: an invalid file lists its problems, anything else says it could not be read. */
    private void failed(String title, String invalidMessage, Path file, Throwable err) {
        host.showMessage("");
        if (err instanceof InvalidFileException invalid) {
            dialogs.showError(title, invalidMessage,
                    invalid.problems().stream().map(Problem::describe).toList());
        } else {
            dialogs.showError(title, I18n.t("open.failed.io", file, Tasks.describe(err)), List.of());
        }
    }

    /** Writing {@code file} failed. */
    private void writeFailed(Path file, Throwable err) {
        host.showMessage("");
        dialogs.showError(I18n.t("interop.export.failed"), I18n.t("export.io", file, Tasks.describe(err)), List.of());
    }
}
