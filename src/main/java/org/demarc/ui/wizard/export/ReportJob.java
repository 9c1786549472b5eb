package org.demarc.ui.wizard.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;
import org.demarc.model.Assessment;
import org.demarc.project.ProjectReader;
import org.demarc.report.ReportExporter;
import org.demarc.report.ReportOptions;
import org.demarc.report.ReportPart;
import org.demarc.report.SigningKey;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Tasks;

/**
 * One export as background work: read the previous assessment (when comparing), render, sign,
 * write. The previous file is read now, never earlier, so the report never compares with a stale
 * copy; when it cannot be read, nothing is written. The options are the command line's, so both
 * doors give the same bytes for the same inputs.
 */
final class ReportJob implements Tasks.Work<Path> {
    /** The previous assessment's file could not be read. */
    static final class PreviousUnreadable extends Exception {
        private final transient Path file;

        PreviousUnreadable(Path file, String reason) {
            super(reason);
            this.file = file;
        }

        Path file() {
            return file;
        }
    }

    private final Assessment assessment;
    private final Path projectFile;
    private final Path previousFile;
    private final SigningKey key;
    private final Path target;
    private final ReportPart part;

    ReportJob(Assessment assessment, Path projectFile, Path previousFile, SigningKey key, Path target,
              ReportPart part) {
        this.part = part;
        this.assessment = assessment;
        this.projectFile = projectFile;
        this.previousFile = previousFile;
        this.key = key;
        this.target = target;
    }

    @Override
    public Path run(Tasks.Progress progress) throws Exception {
        ReportExporter exporter = new ReportExporter();
        try {
            ReportOptions options = ReportOptions.defaults().checkingEvidenceOf(projectFile).only(part);
            if (previousFile != null) {
                options = options.comparedWith(readPrevious());
            }
            if (isDocx(target)) {
                byte[] docx = exporter.renderDocx(assessment, options, progress::update, progress::isCancelled);
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
                ReportExporter.write(target, docx);
                return target;
            }
            byte[] pdf = exporter.render(assessment, options, progress::update, progress::isCancelled);
            if (key != null) {
                progress.message(I18n.t("export.signing"));
                pdf = exporter.sign(pdf, key);
            }
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            ReportExporter.write(target, pdf);
            return target;
        } finally {
            wipeKey();
        }
    }

    /** The editable twin is asked for by its name: REPORT.docx. */
    static boolean isDocx(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx");
    }

    void wipeKey() {
        if (key != null) {
            key.wipe();
        }
    }

    private Assessment readPrevious() throws PreviousUnreadable {
        try {
            return new ProjectReader().read(previousFile).value();
        } catch (InvalidFileException e) {
            List<String> problems = e.problems().stream().map(Problem::describe).toList();
            throw new PreviousUnreadable(previousFile, String.join("; ", problems));
        } catch (IOException e) {
            throw new PreviousUnreadable(previousFile, Tasks.describe(e));
        }
    }
}
