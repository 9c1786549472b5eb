package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.demarc.assessment.SignOffs;
import org.demarc.fixtures.LargeFixture;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Signatory;
import org.demarc.project.ProjectWriter;
import org.demarc.project.Samples;
import org.demarc.report.ReportExporter;
import org.demarc.report.ReportOptions;
import org.demarc.ui.ScriptedDialogs;
import org.demarc.ui.common.Tasks;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.wizard.export.ExportViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export step's model, with its background work run synchronously or stepwise. */
class ExportViewModelTest {
    @TempDir
    Path dir;

    private final AssessmentSession session = new AssessmentSession();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private ExportViewModel model(Tasks tasks) {
        return new ExportViewModel(session, dialogs, tasks);
    }

    @Test
    void aDraftIsExportedWithProgressThatRisesThroughTheRun() throws Exception {
        session.load(Samples.webshop(), null, false);
        ExportViewModel vm = model(new Tasks(Runnable::run, Runnable::run));
        assertThat(vm.canExportFinalProperty().get()).isFalse();
        assertThat(vm.suggestedName()).isEqualTo("Web shop shared-responsibility review DRAFT.pdf");
        List<Double> progress = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        List<Boolean> busy = new ArrayList<>();
        vm.progressProperty().addListener((obs, o, n) -> progress.add(n.doubleValue()));
        vm.stepProperty().addListener((obs, o, n) -> steps.add(n));
        vm.busyProperty().addListener((obs, o, n) -> busy.add(n));
        Path pdf = dir.resolve("draft.pdf");
        dialogs.pdfTargets.add(pdf);
        vm.exportDraft();

        assertThat(vm.resultProperty().get()).startsWith("Report written to");
        assertThat(progress).as("every section reports a fraction").hasSizeGreaterThan(10).isSorted()
                .doesNotHaveDuplicates().last().isEqualTo(1.0);
        assertThat(progress.get(0)).isGreaterThan(0).isLessThan(0.2);
        assertThat(progress).anySatisfy(f -> assertThat(f).isBetween(0.4, 0.6));
        assertThat(steps).contains("Executive summary", "Responsibility matrix", "Writing the PDF");
        assertThat(busy).containsExactly(true, false);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void cancellingWritesNoFile() throws Exception {
        session.load(LargeFixture.create(), null, false);
        Deque<Runnable> worker = new ArrayDeque<>();
        ExportViewModel vm = model(new Tasks(worker::add, Runnable::run));
        Path pdf = dir.resolve("never.pdf");
        vm.export(pdf, null);
        assertThat(vm.busyProperty().get()).isTrue();
        vm.cancel();
        assertThat(vm.stepProperty().get()).isEqualTo("Cancelling…");
        worker.pop().run();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.resultProperty().get()).isEqualTo("Export cancelled; no file was written.");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void comparingWithAPreviousAssessmentGivesTheCommandLinesBytes() throws Exception {
        Path previous = Files.write(dir.resolve("2025.demarc"), ProjectWriter.toBytes(Samples.webshop()));
        var now = Samples.webshop().withAnswer("NET-01", Answer.of(AnswerStatus.IMPLEMENTED));
        session.load(now, null, false);
        ExportViewModel vm = model(new Tasks(Runnable::run, Runnable::run));
        dialogs.fileTargets.add(previous);
        vm.choosePrevious();
        assertThat(vm.previousNameProperty().get()).isEqualTo("2025.demarc");
        Path pdf = dir.resolve("with-changes.pdf");
        vm.export(pdf, null);
        byte[] expected = new ReportExporter().render(now, ReportOptions.defaults().comparedWith(Samples.webshop()),
                (f, s) -> { }, () -> false);
        assertThat(Files.readAllBytes(pdf)).isEqualTo(expected);

        vm.clearPrevious();
        assertThat(vm.previousFileProperty().get()).isNull();
        assertThat(vm.previousNameProperty().get()).isEmpty();
    }

    @Test
    void aPreviousFileThatCannotBeReadIsNamedAndNothingIsWritten() throws Exception {
        Path broken = Files.writeString(dir.resolve("last-year.demarc"), "{ not json");
        session.load(Samples.webshop(), null, false);
        ExportViewModel vm = model(new Tasks(Runnable::run, Runnable::run));
        dialogs.fileTargets.add(broken);
        vm.choosePrevious();
        Path pdf = dir.resolve("stale.pdf");
        vm.export(pdf, null);
        assertThat(pdf).doesNotExist();
        assertThat(vm.resultProperty().get())
                .isEqualTo("Nothing was exported: the previous assessment last-year.demarc could not be read.");
        assertThat(vm.previousErrorProperty().get()).startsWith("The previous assessment last-year.demarc could not be read: ");

        Files.write(broken, ProjectWriter.toBytes(Samples.webshop()));
        vm.export(pdf, null);
        assertThat(pdf).as("the file is read again at each export").exists();
        assertThat(vm.previousErrorProperty().get()).isEmpty();
    }

    @Test
    void signingWithoutACertificateFileSaysSoUnderTheField() {
        session.load(SignOffs.signOff(Samples.webshop(), List.of(new Signatory("Dana Whitfield", "CISO", "Northwind",
                LocalDate.of(2026, 11, 20), "Agreed")), Instant.parse("2026-11-20T15:00:00Z"), "dana"), null, false);
        ExportViewModel vm = model(new Tasks(Runnable::run, Runnable::run));
        assertThat(vm.canExportFinalProperty().get()).isTrue();
        vm.signProperty().set(true);
        dialogs.pdfTargets.add(dir.resolve("final.pdf"));
        vm.exportFinal();
        assertThat(vm.keyStoreErrorProperty().get()).isEqualTo("Choose the certificate file (.p12 or .pfx) to sign with.");
        assertThat(dialogs.pdfTargets).as("no file was asked for").hasSize(1);
        vm.keyStoreProperty().set("/tmp/me.p12");
        assertThat(vm.keyStoreErrorProperty().get()).isEmpty();
    }

    @Test
    void aSignedExportFromAStoreOfTwoKeysIsSignedByTheKeyChosen() throws Exception {
        session.load(SignOffs.signOff(Samples.webshop(), List.of(new Signatory("Dana Whitfield", "CISO", "Northwind",
                LocalDate.of(2026, 11, 20), "Agreed")), Instant.parse("2026-11-20T15:00:00Z"), "dana"), null, false);
        ExportViewModel vm = model(new Tasks(Runnable::run, Runnable::run));
        vm.signProperty().set(true);
        vm.keyStoreProperty().set(org.demarc.report.TestKeysAccess.twoKeyStore(dir).toString());
        Path pdf = dir.resolve("final.pdf");
        dialogs.pdfTargets.add(pdf);
        dialogs.passwords.add(org.demarc.report.TestKeysAccess.password().toCharArray());
        dialogs.choices.add(1);
        vm.exportFinal();

        assertThat(dialogs.choiceOptions).as("asked which key, each named by its certificate").hasSize(1);
        assertThat(dialogs.choiceOptions.get(0).get(1)).startsWith("team-lead — "
                + org.demarc.report.TestKeysAccess.secondSigner());
        assertThat(vm.resultProperty().get()).startsWith("Signed report written to");
        var check = org.demarc.report.sign.SignatureCheck.check(Files.readAllBytes(pdf));
        assertThat(check.signatures()).extracting(org.demarc.report.sign.SignatureCheck.Signature::signer)
                .containsExactly(org.demarc.report.TestKeysAccess.secondSigner());
    }
}
