package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.project.ProjectReader;
import org.demarc.project.ProjectWriter;
import org.demarc.project.Samples;
import org.demarc.ui.ScriptedDialogs;
import org.demarc.ui.common.Tasks;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.wizard.export.ExportViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demarc export --previous} and the export step's comparison write the same file. */
class SameBytesFromBothDoorsTest {
    @TempDir
    Path dir;

    @Test
    void theCommandLineAndTheExportStepGiveIdenticalReportsWithTheChangesSection() throws Exception {
        Assessment before = Samples.webshop();
        Assessment now = before.withAnswer("NET-01", before.answers().get("NET-01").withStatus(AnswerStatus.IMPLEMENTED));
        Path old = Files.write(dir.resolve("2025.demarc"), ProjectWriter.toBytes(before));
        Path current = Files.write(dir.resolve("2026.demarc"), ProjectWriter.toBytes(now));

        Path cliPdf = dir.resolve("cli.pdf");
        CliRunner r = CliRunner.run("export", current.toString(), "-o", cliPdf.toString(), "--previous", old.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();

        AssessmentSession session = new AssessmentSession();
        session.load(new ProjectReader().read(current).value(), current, false);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ExportViewModel step = new ExportViewModel(session, dialogs, new Tasks(Runnable::run, Runnable::run));
        dialogs.fileTargets.add(old);
        step.choosePrevious();
        Path guiPdf = dir.resolve("gui.pdf");
        dialogs.pdfTargets.add(guiPdf);
        step.exportDraft();

        assertThat(step.resultProperty().get()).startsWith("Report written to");
        assertThat(Files.readAllBytes(guiPdf)).isEqualTo(Files.readAllBytes(cliPdf));
    }
}
